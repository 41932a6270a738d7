using System.Xml.Linq;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public;

/// <summary>sitemap.xml: the fixed public pages and every published page, défi and article. Anonymous.</summary>
public class SitemapModel(EigDbContext db, MailTemplates liens) : PageModel
{
    public static readonly string[] PagesFixes =
        ["/", "/defis", "/talents", "/equipe", "/actualites", "/evenements", "/rendez-vous", "/faq", "/contact", "/newsletter/inscription",
         "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/gestion-des-cookies", "/plan-du-site"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var chemins = new List<string>(PagesFixes);
        chemins.AddRange(await db.Pages.AsNoTracking().Where(p => p.Statut == StatutPublication.Publie).Select(p => p.Adresse).ToListAsync(ct));
        chemins.AddRange((await db.Defis.AsNoTracking().Where(d => d.Publie).Select(d => d.Slug).ToListAsync(ct)).Select(s => "/defis/" + s));
        chemins.AddRange((await db.Articles.AsNoTracking().Where(a => a.Statut == StatutPublication.Publie).Select(a => a.Slug).ToListAsync(ct)).Select(s => "/actualites/" + s));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var doc = new XDocument(new XElement(ns + "urlset",
            chemins.Distinct().Select(c => new XElement(ns + "url", new XElement(ns + "loc", liens.Lien(c))))));
        return Content("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doc, "application/xml; charset=utf-8");
    }
}
