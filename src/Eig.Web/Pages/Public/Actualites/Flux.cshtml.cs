using System.Globalization;
using System.Xml.Linq;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Actualites;

/// <summary>The news as Atom (/actualites/atom.xml) and RSS 2.0 (/actualites/rss.xml): the 20 latest. Anonymous.
/// Built with XLinq, so every title and summary is escaped.</summary>
public class FluxModel(EigDbContext db, MailTemplates liens) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string format, CancellationToken ct)
    {
        var articles = await db.Articles.AsNoTracking().Where(a => a.Statut == StatutPublication.Publie)
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.PublieLe).Take(20)
            .Select(a => new { a.Slug, a.Titre, a.Date, a.PublieLe, a.ModifieLe, a.Description, a.Corps, a.Auteur })
            .ToListAsync(ct);
        string Url(string chemin) => liens.Lien(chemin);
        DateTime Quand(DateOnly? d, DateTime? publie, DateTime modifie) =>
            d?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? publie ?? modifie;
        string Resume(string? description, string corps)
        {
            var t = description ?? MarkdownRenderer.ToPlainText(corps);
            return t.Length > 400 ? t[..399] + "…" : t;
        }

        XDocument doc;
        string type;
        if (format == "atom")
        {
            XNamespace ns = "http://www.w3.org/2005/Atom";
            var maj = articles.Count == 0 ? DateTime.UnixEpoch : articles.Max(a => a.ModifieLe);
            doc = new XDocument(new XElement(ns + "feed",
                new XElement(ns + "title", "Entrepreneurs d'intérêt général — actualités"),
                new XElement(ns + "id", Url("/actualites")),
                new XElement(ns + "link", new XAttribute("href", Url("/actualites"))),
                new XElement(ns + "link", new XAttribute("rel", "self"), new XAttribute("href", Url("/actualites/atom.xml"))),
                new XElement(ns + "updated", maj.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
                new XElement(ns + "author", new XElement(ns + "name", "Programme Entrepreneurs d'intérêt général")),
                articles.Select(a => new XElement(ns + "entry",
                    new XElement(ns + "title", a.Titre),
                    new XElement(ns + "id", Url("/actualites/" + a.Slug)),
                    new XElement(ns + "link", new XAttribute("href", Url("/actualites/" + a.Slug))),
                    new XElement(ns + "updated", Quand(a.Date, a.PublieLe, a.ModifieLe).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
                    a.Auteur is null ? null : new XElement(ns + "author", new XElement(ns + "name", a.Auteur)),
                    new XElement(ns + "summary", Resume(a.Description, a.Corps))))));
            type = "application/atom+xml; charset=utf-8";
        }
        else if (format == "rss")
        {
            doc = new XDocument(new XElement("rss", new XAttribute("version", "2.0"), new XElement("channel",
                new XElement("title", "Entrepreneurs d'intérêt général — actualités"),
                new XElement("link", Url("/actualites")),
                new XElement("description", "Les actualités du programme Entrepreneurs d'intérêt général."),
                new XElement("language", "fr"),
                articles.Select(a => new XElement("item",
                    new XElement("title", a.Titre),
                    new XElement("link", Url("/actualites/" + a.Slug)),
                    new XElement("guid", Url("/actualites/" + a.Slug)),
                    new XElement("pubDate", Quand(a.Date, a.PublieLe, a.ModifieLe).ToString("r", CultureInfo.InvariantCulture)),
                    new XElement("description", Resume(a.Description, a.Corps)))))));
            type = "application/rss+xml; charset=utf-8";
        }
        else return NotFound();
        return Content(doc.Declaration + doc.ToString(), type);
    }
}
