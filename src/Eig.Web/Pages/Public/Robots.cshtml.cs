using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Public;

/// <summary>robots.txt: the public site is open to search engines; personal spaces and the back office are not.</summary>
public class RobotsModel(MailTemplates liens) : PageModel
{
    public IActionResult OnGet() => Content(string.Join('\n',
        "User-agent: *",
        "Disallow: /admin",
        "Disallow: /compte",
        "Disallow: /espace-porteur",
        "Disallow: /espace-candidat",
        "Disallow: /evaluation",
        "Disallow: /jury",
        "Disallow: /newsletter/confirmer",
        "Disallow: /newsletter/desinscription",
        "Allow: /",
        "Sitemap: " + liens.Lien("/sitemap.xml"),
        ""), "text/plain; charset=utf-8");
}
