% regexp matching modes and regexprep replacement forms (checked against Octave 7.3 where it
% agrees with MATLAB; ${expr} and $<name> replacements follow MATLAB's documentation)
txt = sprintf('first line\nsecond line');
disp(regexp(txt, '^\w+', 'match', 'lineanchors'))
disp(regexp(txt, '^\w+', 'match'))
disp(numel(regexp(txt, 'line.second', 'match')))
disp(numel(regexp(txt, 'line.second', 'match', 'dotexceptnewline')))
disp(regexp('ab12cd', '(?#two digits)\d\d', 'match'))
disp(regexpi('Abc aBC', 'abc', 'match'))
disp(regexp('ABC', 'b', 'match', 'ignorecase'))
disp(numel(regexp('abc', 'x*', 'match')))
disp(regexprep('abc', 'x*', '-'))
disp(regexprep('a.b.c', '\.', '\\'))
disp(regexprep('tab', 'a', '\t'))
disp(regexprep('2024-03-15', '(\d+)-(\d+)-(\d+)', '$3/$2/$1'))
disp(regexprep('abc', '(.)', '$0$0', 'once'))
c = regexp('a1b22c333', '\d+', 'match', 'forceCellOutput');
disp(class(c)); disp(size(c));
disp(regexprep('here are two sentences. neither is capitalized.', '(^|\.)\s*.', '${upper($0)}'))
disp(regexprep('x=3, y=14', '(\d+)', '${num2str(2*str2double($1))}'))
disp(regexprep('John Smith', '(?<first>\w+) (?<last>\w+)', '$<last>, $<first>'))
try
  regexp('abc', 'b', 'nonsense');
catch err
  disp(err.message)
end
