% Loops that create their array by indexed stores (v(i) = ... with v never assigned before):
% the set-up of the loop's direct element access once dereferenced the unassigned variable
% (found by running mutants of the golden programs both ways). Octave names the unassigned
% output error Octave:undefined-function; MATLAB's identifier is MATLAB:unassignedOutputs.
disp(squares(5))
disp(rows(3))
for k = 1:4
  w(k) = k * 3;
end
disp(w)
try
  disp(squares(0))
catch e
  disp(e.identifier)
end

function v = squares(n)
  for i = 1:n
    v(i) = i ^ 2;
  end
end

function m = rows(n)
  for i = 1:n
    for j = 1:2
      m(i, j) = i * 10 + j;
    end
  end
end
