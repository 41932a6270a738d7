#!/usr/bin/env python3
"""What wrk cannot do by itself, for bench/ouverture/run.sh (standard library only):
  antiforgery N        N anonymous visitors' antiforgery pairs (cookie, token) for /compte/inscription
  candidats K          K candidate accounts, registered, confirmed by their mail and signed in, with their session
                       cookie, the candidature form's token and a profile of the open call
  confirmations        the confirmation links of the sign-up mails in the pickup folder
  cv                   a one-page PDF of about 60 KB (a CV)
Environment: BENCH_URL (http://127.0.0.1:PORT), BENCH_OUT (output folder), BENCH_MAILS (pickup folder)."""
import concurrent.futures, email, email.policy, glob, html, os, re, sys, time, urllib.parse, urllib.request, http.cookiejar

URL = os.environ["BENCH_URL"]
OUT = os.environ["BENCH_OUT"]
MAILS = os.environ.get("BENCH_MAILS", "")
MOT_DE_PASSE = "une phrase de passe du banc"


class SansRedirection(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def navigateur():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), SansRedirection())
    return jar, opener


def ouvrir(opener, chemin, donnees=None):
    corps = urllib.parse.urlencode(donnees).encode() if donnees is not None else None
    try:
        with opener.open(URL + chemin, corps, timeout=60) as r:
            return r.status, r.read().decode("utf-8", "replace"), r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace"), e.headers


def jeton(page):
    m = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page)
    return html.unescape(m.group(1))


def entete_cookies(jar):
    return "; ".join(f"{c.name}={c.value}" for c in jar)


def antiforgery(n):
    with open(os.path.join(OUT, "antiforgery.txt"), "w") as f:
        for _ in range(n):
            jar, opener = navigateur()
            _, page, _ = ouvrir(opener, "/compte/inscription")
            f.write(f"{entete_cookies(jar)}\t{urllib.parse.quote(jeton(page), safe='')}\n")


def liens_de_confirmation(filtre=None):
    liens = {}
    for fichier in glob.glob(os.path.join(MAILS, "*.eml")):
        with open(fichier, "rb") as f:
            message = email.message_from_binary_file(f, policy=email.policy.default)
        a = str(message["To"])
        if filtre and a not in filtre:
            continue
        corps = message.get_body(preferencelist=("plain",)).get_content()
        m = re.search(r"(/compte/confirmer-email\?[^\s\"<>]+)", corps)
        if m:
            liens[a] = html.unescape(m.group(1))
    return liens


def un_candidat(i):
    adresse = f"candidat-{os.getpid()}-{i}@bench.example"
    jar, opener = navigateur()
    _, page, _ = ouvrir(opener, "/compte/inscription")
    statut, _, _ = ouvrir(opener, "/compte/inscription", {
        "Input.Profil": "candidat", "Input.NomComplet": f"Candidat {i}", "Input.Email": adresse,
        "Input.Password": MOT_DE_PASSE, "Input.Confirmation": MOT_DE_PASSE, "__RequestVerificationToken": jeton(page)})
    assert statut == 302, f"inscription {adresse} : {statut}"
    return adresse


def connecter(adresse, lien):
    jar, opener = navigateur()
    statut, _, _ = ouvrir(opener, lien)
    assert statut in (200, 302), f"confirmation {adresse} : {statut}"
    _, page, _ = ouvrir(opener, "/compte/connexion")
    statut, _, _ = ouvrir(opener, "/compte/connexion", {
        "Input.Email": adresse, "Input.Password": MOT_DE_PASSE, "__RequestVerificationToken": jeton(page)})
    assert statut == 302, f"connexion {adresse} : {statut}"
    statut, page, _ = ouvrir(opener, "/espace-candidat/candidature")
    assert statut == 200, f"formulaire de candidature {adresse} : {statut}"
    # The profiles are radio buttons: name="Input.ProfilId" value="<guid>", in either order.
    profil = re.search(r'<input[^>]*(?:name="Input.ProfilId"[^>]*value="([0-9a-f-]{36})"|value="([0-9a-f-]{36})"[^>]*name="Input.ProfilId")', page)
    profil = profil.group(1) or profil.group(2)
    return f"{entete_cookies(jar)}\t{urllib.parse.quote(jeton(page), safe='')}\t{profil}"


def candidats(k):
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        adresses = list(pool.map(un_candidat, range(k)))
    fin = time.time() + 120
    while True:
        liens = liens_de_confirmation(set(adresses))
        if len(liens) == len(adresses) or time.time() > fin:
            break
        time.sleep(0.5)
    assert len(liens) == len(adresses), f"{len(liens)} mails de confirmation sur {len(adresses)}"
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        lignes = list(pool.map(lambda a: connecter(a, liens[a]), adresses))
    with open(os.path.join(OUT, "candidats.txt"), "w") as f:
        f.write("\n".join(lignes) + "\n")


def confirmations():
    liens = [l for a, l in liens_de_confirmation().items() if a.startswith("inscrit-")]
    with open(os.path.join(OUT, "confirmations.txt"), "w") as f:
        f.write("\n".join(liens) + "\n")
    print(len(liens))


def cv():
    """A real one-page PDF (cross-reference table and all), its text repeated to weigh about 60 KB."""
    lignes = "".join(f"BT /F1 9 Tf 40 {800 - (i % 70) * 11} Td (Experience {i} : produit numerique au service du public) Tj ET\n" for i in range(900))
    objets = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(lignes)).encode() + b" >>\nstream\n" + lignes.encode() + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    decalages = []
    for i, o in enumerate(objets, 1):
        decalages.append(len(pdf))
        pdf += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objets) + 1}\n0000000000 65535 f \n".encode()
    pdf += "".join(f"{d:010d} 00000 n \n" for d in decalages).encode()
    pdf += f"trailer\n<< /Size {len(objets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(os.path.join(OUT, "cv.pdf"), "wb") as f:
        f.write(pdf)


if __name__ == "__main__":
    quoi = sys.argv[1]
    if quoi == "antiforgery": antiforgery(int(sys.argv[2]))
    elif quoi == "candidats": candidats(int(sys.argv[2]))
    elif quoi == "confirmations": confirmations()
    elif quoi == "cv": cv()
    else: sys.exit(__doc__)
