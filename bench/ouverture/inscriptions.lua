-- Sign-ups: the registration form posted with a fresh address each time, with an antiforgery pair (cookie and
-- token of one anonymous visitor, taken by prepare.py: a pair stays valid for any number of posts).
local paires = {}
local n = 0
local fil = 0
init = function(args)
  for ligne in io.lines(os.getenv("BENCH_OUT") .. "/antiforgery.txt") do
    local cookie, jeton = ligne:match("^(.-)\t(.*)$")
    paires[#paires + 1] = { cookie = cookie, jeton = jeton }
  end
  fil = math.random(1, 1000000000)
end
request = function()
  n = n + 1
  local p = paires[(n % #paires) + 1]
  local email = string.format("inscrit-%d-%d-%s@bench.example", fil, n, os.getenv("BENCH_CONNECTIONS"))
  local corps = "Input.Profil=candidat&Input.NomComplet=Camille+Bench&Input.Email=" .. email:gsub("@", "%%40")
    .. "&Input.Password=une+phrase+de+passe+du+banc&Input.Confirmation=une+phrase+de+passe+du+banc"
    .. "&__RequestVerificationToken=" .. p.jeton
  return wrk.format("POST", "/compte/inscription",
    { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = p.cookie }, corps)
end
dofile(os.getenv("BENCH_DIR") .. "/rapport.lua")
