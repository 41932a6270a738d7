// The platform's own scripts, one file for every page; the pages work without them.
// Click-to-load videos (Contenus/Shortcodes.cs): the host's player, and its cookies, only after the visitor asks.
// Without JavaScript the button stays hidden and the link to the video on its host is there.
for (const figure of document.querySelectorAll("figure.eig-video[data-eig-video]")) {
  const bouton = figure.querySelector("button");
  const cadre = figure.querySelector(".eig-video__cadre");
  if (!bouton || !cadre) continue;
  bouton.hidden = false;
  bouton.addEventListener("click", () => {
    const iframe = document.createElement("iframe");
    iframe.src = figure.dataset.eigVideo;
    iframe.title = figure.dataset.eigTitre || "Vidéo";
    iframe.allow = "autoplay; fullscreen; picture-in-picture";
    iframe.allowFullscreen = true;
    iframe.referrerPolicy = "strict-origin-when-cross-origin";
    iframe.className = "eig-video__lecteur";
    cadre.replaceWith(iframe);
    iframe.focus();
  });
}

// Card images (TagHelpers/Dsfr/DsfrCardTagHelper.cs): each gets its address when it comes within 200 px of the screen,
// all of them before printing, and all at once in a browser without IntersectionObserver.
const enAttente = document.querySelectorAll("img[data-eig-src]");
const charger = img => {
  if (!img.dataset.eigSrc) return;
  img.src = img.dataset.eigSrc;
  delete img.dataset.eigSrc;
};
if ("IntersectionObserver" in window) {
  const observateur = new IntersectionObserver(entrees => {
    for (const e of entrees) {
      if (!e.isIntersecting) continue;
      observateur.unobserve(e.target);
      charger(e.target);
    }
  }, { rootMargin: "200px 0px" });
  for (const img of enAttente) observateur.observe(img);
  window.addEventListener("beforeprint", () => { for (const img of enAttente) charger(img); });
} else {
  for (const img of enAttente) charger(img);
}
