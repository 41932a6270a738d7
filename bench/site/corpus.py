#!/usr/bin/env python3
"""A corpus of the real site's size in the format its Netlify CMS writes (site/content + site/static/img):
130 défis, 430 people, 60 blog posts, 8 promotions, 27 themes, 11 expertises, 22 categories, the participer/
pages and a dozen pages (700 content files), and 600 images (a sanitizable SVG per défi, a photo per person,
a few more). Relations by title with stray spaces, bare-year dates and shortcodes, as the real files have them.
Usage: python3 bench/site/corpus.py <folder> [--photos]
The PNGs are random noise by default: no encoder shrinks them, the worst case for a page's weight. With --photos they
are smooth like a photograph (slow gradients, a little grain), which WebP compresses as it does a real portrait."""
import math, os, random, struct, sys, zlib

random.seed(14)
root = sys.argv[1]
photos = "--photos" in sys.argv[2:]
content = os.path.join(root, "site", "content")
img = os.path.join(root, "site", "static", "img")

def write(rel, text):
    path = os.path.join(content, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def pixels(w, h):
    if not photos:
        return b"".join(b"\x00" + bytes(random.getrandbits(8) for _ in range(w * 3)) for _ in range(h))
    # Three slow waves per channel and a grain of ±6: a face on a blurred background, as far as an encoder can tell.
    ondes = [[(random.uniform(1, 4) / w, random.uniform(1, 4) / h, random.uniform(0, 6.3)) for _ in range(3)] for _ in range(3)]
    lignes = []
    for y in range(h):
        ligne = bytearray(b"\x00")
        for x in range(w):
            for c in range(3):
                v = 128 + sum(40 * math.sin(6.3 * (fx * x + fy * y) + p) for fx, fy, p in ondes[c]) + random.randint(-6, 6)
                ligne.append(max(0, min(255, int(v))))
        lignes.append(bytes(ligne))
    return b"".join(lignes)

def png(path, w, h):
    raw = pixels(w, h)
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)

def svg(path, i):
    shapes = "".join(f'<circle cx="{random.randint(0,200)}" cy="{random.randint(0,200)}" r="{random.randint(5,40)}" fill="#{random.randint(0, 0xffffff):06x}"/>' for _ in range(40))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" onload="x()"><script>x()</script>{shapes}</svg>\n')

words = "service public données usagers administration numérique accès droits santé école territoire carte emploi justice eau énergie".split()
def phrase(n): return " ".join(random.choice(words) for _ in range(n)).capitalize() + "."

promos = [f"Promotion {n}" for n in range(1, 8)] + ["Promotion 3 - DIG"]
for p in promos:
    write(f"promos/{p.lower().replace(' - ', '-').replace(' ', '-')}.md", f"---\ntitle: {p}\n---\n")
themes = [f"Thème {i}" for i in range(1, 28)]
for i, t in enumerate(themes): write(f"themes/theme-{i+1}.md", f"---\ntitle: {t}\n---\n")
expertises = [f"Expertise {i}" for i in range(1, 12)]
for i, t in enumerate(expertises): write(f"expertises/expertise-{i+1}.md", f"---\ntitle: {t}\n---\n")
categories = [f"Catégorie {i}" for i in range(1, 23)]
for i, t in enumerate(categories): write(f"categories/categorie-{i+1}.md", f"---\ntitle: {t}\n---\n")

defis = []
for i in range(1, 131):
    titre = f"Défi numéro {i} : {phrase(3)[:-1]}"
    defis.append(titre)
    date = str(2016 + i % 8) if i % 3 == 0 else f"{2016 + i % 8}-09-{1 + i % 28:02d}T00:00:00.000Z"
    body = f"## Le problème\n\n{phrase(40)}\n\n" + (f'{{{{< dailymotion x{i:06d} "Vidéo du défi {i}" >}}}}\n\n' if i % 2 else "") + f"{phrase(60)}\n"
    write(f"defis/défi-{i}.md", f"""---
title: "{titre}"
description: {phrase(15)}
who: Administration {i % 80}
place: Service {i}
themes:
  - " {random.choice(themes)} "
  - {random.choice(themes).lower()}
promos:
  - {random.choice(promos)}
town: Ville {i % 40}
date: {date}
expertises: [{random.choice(expertises)}]
image: img/defis/defi-{i}.svg
ogImage: img/defis/defi-{i}.svg
visible: {"false" if i % 30 == 0 else "true"}
isSET: {"true" if i % 4 == 0 else "false"}
urlSET: ""
---
{body}""")
    svg(os.path.join(img, "defis", f"defi-{i}.svg"), i)

roles = ["participant"] * 8 + ["agent-public", "agent-programme", "agent-ecosysteme", "agent-programme-alumni"]
for i in range(1, 431):
    role = random.choice(roles)
    write(f"personnes/personne-{i}.md", f"""---
title: Prénom{i} Nom{i}
job: {random.choice(["Développeuse", "Designer", "Data scientist", "Chef de projet", "Juriste"])}
desc: {phrase(12)}
promos:
  - {random.choice(promos)}
role: {role}
defis:
  - "{random.choice(defis)} "
expertises: [{random.choice(expertises)}]
image: img/personnes/personne-{i}.png
linkedin: https://www.linkedin.com/in/exemple-{i}
weight: {i % 5}
---
{phrase(30)}
""")
    png(os.path.join(img, "personnes", f"personne-{i}.png"), 120, 120)

articles = [f"Article {i} : {phrase(4)[:-1]}" for i in range(1, 61)]
for i, t in enumerate(articles, 1):
    write(f"blog/article-{i}.md", f"""---
title: "{t}"
author: Équipe EIG
date: {2017 + i % 8}-{1 + i % 12:02d}-{1 + i % 27:02d}T10:00:00.000Z
description: {phrase(12)}
image: img/blog/article-{i}.png
categories:
  - "{random.choice(categories)} "
related:
  - "{articles[(i) % 60]}"
---
{phrase(50)}<br/>{phrase(20)}

{{{{< arrow-link "/defis" "Voir les défis" >}}}}

<iframe src="https://www.youtube.com/embed/abcdefghi{i:02d}"></iframe>

{phrase(80)}
""")
    png(os.path.join(img, "blog", f"article-{i}.png"), 80, 60)

for rel, fm in [("_index.md", "hero:\n  title: Accueil\nintro:\n  title: Intro\n  desc: Texte.\n"), ("program.md", "layout: program\nurl: /programme\ntitle: Programme\n"),
                ("team.md", "title: Équipe\ndesc: Texte.\n"), ("talents.md", "title: Talents\ndesc: Texte.\n"), ("agents.md", "title: Agents\ndesc: Texte.\n"),
                ("contact.md", "title: Contact\n"), ("personal-data.md", "title: Données personnelles\n"), ("accessibilite.md", "title: Accessibilité\n"),
                ("cookies.md", "title: Cookies\n"), ("plan.md", "title: Plan du site\n"), ("cgu.md", "title: CGU\n"), ("presse.md", "title: Presse\n"),
                ("defis/_index.md", "title: Les défis\ndesc: Texte.\n"), ("participer/_index.md", "title: Participer\n"),
                ("participer/candidats/_index.md", "layout: candidates\ntitle: Devenir EIG\n"), ("participer/candidats/postuler.md", "title: Postuler\n"),
                ("participer/candidats/faq.md", "title: FAQ\nquestions:\n  - title: Q\n    desc: R\n"), ("participer/administrations/_index.md", "layout: admins\ntitle: Administrations\n"),
                ("participer/administrations/proposer.md", "title: Proposer\n"), ("participer/administrations/faq.md", "title: FAQ\n")]:
    write(rel, f"---\n{fm}---\n{phrase(40)}\n")
for i in range(600 - 130 - 430 - 60):
    png(os.path.join(img, "divers", f"image-{i}.png"), 64, 64)
n = sum(len(f) for _, _, f in os.walk(content)); m = sum(len(f) for _, _, f in os.walk(img))
print(f"{n} content files, {m} images in {root}")
