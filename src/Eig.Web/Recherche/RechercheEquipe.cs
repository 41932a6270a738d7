using System.Text.RegularExpressions;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Recherche;

public enum GenreResultat { Dossier, Candidature, Defi, Personne, Page, Article, Compte }

public sealed record Resultat(string Titre, string Detail, string Lien);

/// <summary>The results of one kind, at most <see cref="RechercheEquipe.ParGenre"/>; <see cref="Plus"/> says more matched.</summary>
public sealed record GroupeResultats(GenreResultat Genre, IReadOnlyList<Resultat> Lignes, bool Plus)
{
    public string Libelle => Genre switch
    {
        GenreResultat.Dossier => "Dossiers de l'appel à projets",
        GenreResultat.Candidature => "Candidatures",
        GenreResultat.Defi => "Défis",
        GenreResultat.Personne => "Personnes du site",
        GenreResultat.Page => "Pages du site",
        GenreResultat.Article => "Actualités",
        GenreResultat.Compte => "Comptes",
        _ => Genre.ToString(),
    };
}

/// <summary>Staff's one search box across the platform: dossiers (by number, title, administration, sponsor),
/// candidatures (name, address), défis, the site's people, pages and articles, and accounts. Each result opens the
/// staff page of the item. On PostgreSQL, titles and administrations are also matched by French full-text search
/// (so "santé numérique" finds "numérique en santé"); everywhere a plain case-insensitive match on parts of words.
/// Drafts (dossiers, candidatures) stay with their authors: staff do not see them elsewhere, nor here.</summary>
public sealed partial class RechercheEquipe(EigDbContext db)
{
    public const int ParGenre = 20;
    public const int LongueurMin = 2;
    public const int LongueurMax = 100;

    /// <summary>Why a term cannot be searched, or null.</summary>
    public static string? Refus(string? terme)
    {
        var t = terme?.Trim() ?? "";
        if (t.Length < LongueurMin) return $"Saisissez au moins {LongueurMin} caractères.";
        if (t.Length > LongueurMax) return $"Saisissez au plus {LongueurMax} caractères.";
        return null;
    }

    public async Task<IReadOnlyList<GroupeResultats>> ChercherAsync(string terme, CancellationToken ct)
    {
        terme = terme.Trim();
        if (Refus(terme) is { } refus) throw new ArgumentException(refus, nameof(terme));
        var motif = "%" + terme.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
        var pg = db.Database.IsNpgsql();
        var groupes = new List<GroupeResultats>
        {
            await DossiersAsync(terme, motif, pg, ct),
            await CandidaturesAsync(motif, pg, ct),
            await DefisAsync(terme, motif, pg, ct),
            await PersonnesAsync(motif, pg, ct),
            await PagesAsync(motif, pg, ct),
            await ArticlesAsync(motif, pg, ct),
            await ComptesAsync(motif, pg, ct),
        };
        return groupes.Where(g => g.Lignes.Count > 0).ToList();
    }

    private static GroupeResultats Groupe(GenreResultat genre, List<Resultat> lignes) =>
        new(genre, lignes.Take(ParGenre).ToList(), lignes.Count > ParGenre);

    /// <summary>"AAP-0012", "aap 12" or "12": a dossier's number.</summary>
    public static int? NumeroDossier(string terme)
    {
        var m = NumeroRegex().Match(terme);
        return m.Success && int.TryParse(m.Groups[1].Value, out var n) ? n : null;
    }

    [GeneratedRegex(@"^(?:AAP[\s-]*)?0*(\d{1,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumeroRegex();

    private async Task<GroupeResultats> DossiersAsync(string terme, string motif, bool pg, CancellationToken ct)
    {
        var numero = NumeroDossier(terme);
        var q = db.DossiersProjets.AsNoTracking().Where(d => d.Etat != EtatDossier.Brouillon);
        q = pg
            ? q.Where(d => d.Numero == numero
                || EF.Functions.ILike(d.Titre, motif, @"\") || EF.Functions.ILike(d.Administration, motif, @"\")
                || EF.Functions.ILike(d.SponsorNom, motif, @"\")
                || EF.Functions.ToTsVector("french", d.Titre + " " + d.Administration).Matches(EF.Functions.WebSearchToTsQuery("french", terme)))
            : q.Where(d => d.Numero == numero
                || EF.Functions.Like(d.Titre, motif, @"\") || EF.Functions.Like(d.Administration, motif, @"\")
                || EF.Functions.Like(d.SponsorNom, motif, @"\"));
        var lignes = await q.OrderByDescending(d => d.Numero).Take(ParGenre + 1)
            .Select(d => new { d.Id, d.Numero, d.Titre, d.Administration, d.Etat }).ToListAsync(ct);
        return Groupe(GenreResultat.Dossier, lignes.Select(d => new Resultat(
            $"AAP-{d.Numero:0000} — {d.Titre}", $"{d.Administration} · {EtatsDossier.Libelle(d.Etat)}", $"/admin/dossiers/{d.Id}")).ToList());
    }

    private async Task<GroupeResultats> CandidaturesAsync(string motif, bool pg, CancellationToken ct)
    {
        var q = db.Candidatures.AsNoTracking().Where(c => c.Etat != EtatCandidature.Brouillon);
        q = pg
            ? q.Where(c => EF.Functions.ILike(c.Prenom + " " + c.Nom, motif, @"\") || EF.Functions.ILike(c.Nom + " " + c.Prenom, motif, @"\")
                || EF.Functions.ILike(c.Email, motif, @"\"))
            : q.Where(c => EF.Functions.Like(c.Prenom + " " + c.Nom, motif, @"\") || EF.Functions.Like(c.Nom + " " + c.Prenom, motif, @"\")
                || EF.Functions.Like(c.Email, motif, @"\"));
        var lignes = await q.OrderBy(c => c.Nom).ThenBy(c => c.Prenom).Take(ParGenre + 1)
            .Select(c => new { c.Id, c.Prenom, c.Nom, c.Email, c.Etat }).ToListAsync(ct);
        return Groupe(GenreResultat.Candidature, lignes.Select(c => new Resultat(
            $"{c.Prenom} {c.Nom}".Trim(), $"{c.Email} · {EtatsCandidature.Libelle(c.Etat)}", $"/admin/candidatures/{c.Id}")).ToList());
    }

    private async Task<GroupeResultats> DefisAsync(string terme, string motif, bool pg, CancellationToken ct)
    {
        var q = db.Defis.AsNoTracking();
        q = pg
            ? q.Where(d => EF.Functions.ILike(d.Titre, motif, @"\") || EF.Functions.ILike(d.Administration, motif, @"\")
                || EF.Functions.ToTsVector("french", d.Titre + " " + d.Administration + " " + d.Resume).Matches(EF.Functions.WebSearchToTsQuery("french", terme)))
            : q.Where(d => EF.Functions.Like(d.Titre, motif, @"\") || EF.Functions.Like(d.Administration, motif, @"\"));
        var lignes = await q.OrderBy(d => d.Titre).Take(ParGenre + 1)
            .Select(d => new { d.Id, d.Titre, d.Administration, d.Publie }).ToListAsync(ct);
        return Groupe(GenreResultat.Defi, lignes.Select(d => new Resultat(
            d.Titre, d.Administration + (d.Publie ? "" : " · non publié"), $"/admin/promotions/defis/{d.Id}")).ToList());
    }

    private async Task<GroupeResultats> PersonnesAsync(string motif, bool pg, CancellationToken ct)
    {
        var q = db.Personnes.AsNoTracking();
        q = pg
            ? q.Where(p => EF.Functions.ILike(p.Nom, motif, @"\") || EF.Functions.ILike(p.Poste ?? "", motif, @"\"))
            : q.Where(p => EF.Functions.Like(p.Nom, motif, @"\") || EF.Functions.Like(p.Poste ?? "", motif, @"\"));
        var lignes = await q.OrderBy(p => p.Nom).Take(ParGenre + 1).Select(p => new { p.Id, p.Nom, p.Poste }).ToListAsync(ct);
        return Groupe(GenreResultat.Personne, lignes.Select(p => new Resultat(
            p.Nom, p.Poste ?? "", $"/admin/contenus/collections/personnes/fiche/{p.Id}")).ToList());
    }

    private async Task<GroupeResultats> PagesAsync(string motif, bool pg, CancellationToken ct)
    {
        var q = db.Pages.AsNoTracking();
        q = pg
            ? q.Where(p => EF.Functions.ILike(p.Titre, motif, @"\") || EF.Functions.ILike(p.Adresse, motif, @"\"))
            : q.Where(p => EF.Functions.Like(p.Titre, motif, @"\") || EF.Functions.Like(p.Adresse, motif, @"\"));
        var lignes = await q.OrderBy(p => p.Adresse).Take(ParGenre + 1).Select(p => new { p.Id, p.Titre, p.Adresse }).ToListAsync(ct);
        return Groupe(GenreResultat.Page, lignes.Select(p => new Resultat(p.Titre, p.Adresse, $"/admin/contenus/pages/{p.Id}")).ToList());
    }

    private async Task<GroupeResultats> ArticlesAsync(string motif, bool pg, CancellationToken ct)
    {
        var q = db.Articles.AsNoTracking();
        q = pg
            ? q.Where(a => EF.Functions.ILike(a.Titre, motif, @"\") || EF.Functions.ILike(a.Auteur ?? "", motif, @"\"))
            : q.Where(a => EF.Functions.Like(a.Titre, motif, @"\") || EF.Functions.Like(a.Auteur ?? "", motif, @"\"));
        var lignes = await q.OrderByDescending(a => a.Date).Take(ParGenre + 1).Select(a => new { a.Id, a.Titre, a.Date }).ToListAsync(ct);
        return Groupe(GenreResultat.Article, lignes.Select(a => new Resultat(
            a.Titre, a.Date is { } d ? Fr.Date(d) : "", $"/admin/contenus/collections/articles/fiche/{a.Id}")).ToList());
    }

    private async Task<GroupeResultats> ComptesAsync(string motif, bool pg, CancellationToken ct)
    {
        var q = db.Users.AsNoTracking();
        q = pg
            ? q.Where(u => EF.Functions.ILike(u.Email ?? "", motif, @"\") || EF.Functions.ILike(u.NomComplet, motif, @"\"))
            : q.Where(u => EF.Functions.Like(u.Email ?? "", motif, @"\") || EF.Functions.Like(u.NomComplet, motif, @"\"));
        var lignes = await q.OrderBy(u => u.NomComplet).Take(ParGenre + 1).Select(u => new { u.NomComplet, u.Email }).ToListAsync(ct);
        return Groupe(GenreResultat.Compte, lignes.Select(u => new Resultat(
            u.NomComplet.Length > 0 ? u.NomComplet : u.Email ?? "", u.Email ?? "",
            "/admin/utilisateurs?Recherche=" + Uri.EscapeDataString(u.Email ?? ""))).ToList());
    }
}
