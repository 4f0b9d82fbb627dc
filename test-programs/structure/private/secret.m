function s = secret()
  s = 'private value';
end
