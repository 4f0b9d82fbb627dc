for i = int8(1):int8(3)
  disp(class(i)); disp(i * 100);
end
for c = 'a':'c'
  fprintf('%s%d ', c, strcmp(class(c), 'char'));
end
fprintf('\n');
for k = uint8(250):5:uint8(255)
  disp(k)
end
for s = single(1.5):2
  disp(class(s))
end
for d = 1:2
  disp(class(d))
end
