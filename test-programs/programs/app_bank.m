% a tiny bank ledger: validation through errors, persistent ids, cell logs
accounts = struct('id', {}, 'owner', {}, 'balance', {});
[accounts, a] = open_account(accounts, 'ann', 100);
[accounts, b] = open_account(accounts, 'ben', 20);
log = {};
ops = {{'deposit', a, 50}, {'withdraw', b, 30}, {'withdraw', a, 25}, {'transfer', a, b, 60}, ...
       {'deposit', 99, 5}, {'withdraw', a, -4}};
for i = 1:numel(ops)
  op = ops{i};
  try
    accounts = apply_op(accounts, op);
    log{end+1} = sprintf('ok   %s', op{1});
  catch err
    log{end+1} = sprintf('fail %s: %s (%s)', op{1}, err.message, err.identifier);
  end
end
fprintf('%s\n', log{:});
for k = 1:numel(accounts)
  fprintf('#%d %-4s %7.2f\n', accounts(k).id, accounts(k).owner, accounts(k).balance);
end
function [accts, id] = open_account(accts, owner, amount)
  persistent next_id
  if isempty(next_id)
    next_id = 1000;
  end
  next_id = next_id + 1;
  id = next_id;
  accts(end+1) = struct('id', id, 'owner', owner, 'balance', amount);
end
function accts = apply_op(accts, op)
  switch op{1}
    case 'deposit'
      k = find_account(accts, op{2});
      accts(k).balance = accts(k).balance + check_amount(op{3});
    case 'withdraw'
      k = find_account(accts, op{2});
      amt = check_amount(op{3});
      if accts(k).balance < amt
        error('bank:funds', 'insufficient funds in %d', op{2});
      end
      accts(k).balance = accts(k).balance - amt;
    case 'transfer'
      accts = apply_op(accts, {'withdraw', op{2}, op{4}});
      accts = apply_op(accts, {'deposit', op{3}, op{4}});
  end
end
function k = find_account(accts, id)
  k = find([accts.id] == id, 1);
  if isempty(k)
    error('bank:noAccount', 'no account %d', id);
  end
end
function a = check_amount(a)
  if ~isnumeric(a) || a <= 0
    error('bank:amount', 'amount must be positive');
  end
end
