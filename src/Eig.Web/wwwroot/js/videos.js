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
