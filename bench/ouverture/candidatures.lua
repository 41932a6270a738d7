-- Candidatures with a CV: signed-in candidates (prepare.py made them) saving their candidature with a 60 KB PDF
-- (multipart, the form's own fields). Each account's candidature is saved again and again (a draft with its CV:
-- the same handler, validation, PDF check and write as the filing, without the once-only state change).
local comptes = {}
local n = 0
local limite = "----eig-bench-7MA4YWxkTrZu0gW"
local pdf
init = function(args)
  local f = assert(io.open(os.getenv("BENCH_OUT") .. "/cv.pdf", "rb")); pdf = f:read("*a"); f:close()
  for ligne in io.lines(os.getenv("BENCH_OUT") .. "/candidats.txt") do
    local cookie, jeton, profil = ligne:match("^(.-)\t(.-)\t(.*)$")
    comptes[#comptes + 1] = { cookie = cookie, jeton = jeton, profil = profil }
  end
  n = math.random(0, #comptes)
end
local function champ(nom, valeur)
  return "--" .. limite .. "\r\nContent-Disposition: form-data; name=\"" .. nom .. "\"\r\n\r\n" .. valeur .. "\r\n"
end
request = function()
  n = n + 1
  local c = comptes[(n % #comptes) + 1]
  local corps = champ("__RequestVerificationToken", c.jeton) .. champ("Input.Prenom", "Camille") .. champ("Input.Nom", "Bench")
    .. champ("Input.Email", "camille@bench.example") .. champ("Input.Telephone", "06 12 34 56 78") .. champ("Input.Ville", "Lyon")
    .. champ("Input.ProfilId", c.profil) .. champ("Input.AnneesExperience", "6")
    .. champ("Input.Motivation", "Servir l'intérêt général avec une équipe produit.") .. champ("Input.Consentement", "true")
    .. champ("action", "enregistrer")
    .. "--" .. limite .. "\r\nContent-Disposition: form-data; name=\"Input.Cv\"; filename=\"cv.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
    .. pdf .. "\r\n--" .. limite .. "--\r\n"
  return wrk.format("POST", "/espace-candidat/candidature",
    { ["Content-Type"] = "multipart/form-data; boundary=" .. limite, ["Cookie"] = c.cookie }, corps)
end
dofile(os.getenv("BENCH_DIR") .. "/rapport.lua")
