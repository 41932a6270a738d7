-- The confirmation links of the mails the sign-ups produced (read from the pickup folder by prepare.py), each once.
local liens = {}
local n = 0
init = function(args)
  for ligne in io.lines(os.getenv("BENCH_OUT") .. "/confirmations.txt") do liens[#liens + 1] = ligne end
  n = math.random(0, #liens)
end
request = function()
  n = n + 1
  return wrk.format("GET", liens[(n % #liens) + 1])
end
dofile(os.getenv("BENCH_DIR") .. "/rapport.lua")
