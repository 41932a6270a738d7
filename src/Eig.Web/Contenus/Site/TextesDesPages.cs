using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus.Site;

/// <summary>
/// A page of the content at the address of one of the service's own pages (the directories, the team, contact,
/// the legal pages) gives that page its words: its title, its <c>desc</c> and its body replace the built-in text
/// (the legal pages are the program's words, not ours). Null when the content has no such page.
/// </summary>
public sealed class TextesDesPages(EigDbContext db, MarkdownRenderer md)
{
    public sealed record Texte(string Titre, string Intro, FrontMatterView Fm, string Corps);

    public async Task<Texte?> LireAsync(string adresse, CancellationToken ct = default)
    {
        var p = await db.Pages.AsNoTracking().Where(x => x.Adresse == adresse && x.Statut == StatutPublication.Publie)
            .Select(x => new { x.Titre, x.FrontMatter, x.Corps }).FirstOrDefaultAsync(ct);
        if (p is null) return null;
        var fm = FrontMatterView.Parse(p.FrontMatter);
        var intro = fm.A("desc") ? md.ToHtml(fm.S("desc")) : "";
        return new Texte(p.Titre, intro, fm, md.ToHtml(p.Corps));
    }
}
