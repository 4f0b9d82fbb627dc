s = jsondecode('{"name":"box","size":[1,2,3],"ok":true,"none":null,"nested":{"a":1},"1bad key":5}');
disp(s)
disp(size(s.size))
v = jsondecode('[{"a":1,"b":"x"},{"a":2,"b":"y"}]');
disp(size(v)); disp([v.a]);
m = jsondecode('[[1,2],[3,4],[5,6]]');
disp(m)
c = jsondecode('[1,"two",[3]]');
disp(class(c)); disp(size(c));
disp(jsondecode('[1,null,3]')')
disp(jsondecode('[true,false]')')
disp(class(jsondecode('"text"')))
disp(jsonencode(struct('a', 1, 'b', 'hi', 'c', [1 2 3], 'd', true)))
disp(jsonencode({1, 'a', [1 2; 3 4]}))
disp(jsonencode([1.5 NaN Inf]))
disp(jsonencode(pi))
disp(jsonencode(1e20))
disp(jsonencode(struct('x', {1, 2})))
disp(jsonencode([]))
disp(jsonencode("str"))
disp(jsonencode(containers.Map({'k1','k2'}, {1, 'v'})))
disp(jsonencode(struct('q', 'say "hi"\n')))
try
  jsondecode('{"a": }');
catch e
  disp(e.identifier)
end
disp(jsonencode(struct('a', 1, 'b', [1 2]), 'PrettyPrint', true))
