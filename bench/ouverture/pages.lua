-- Visitors on the public pages of an opening day: the home, the call, the défis, the news, the FAQ, in turn.
local pages = { "/", "/participer/administrations/proposer", "/participer/candidats/postuler", "/defis", "/actualites", "/faq" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", pages[(i % #pages) + 1])
end
dofile(os.getenv("BENCH_DIR") .. "/rapport.lua")
