using System.Globalization;
using Eig.Web.AppelsAProjets;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Promotions;

// What the open data publishes. Identifiers are stable: a promotion is its number, a défi its slug (its address on
// the site). No personal data beyond the names of the EIG who consented to a public profile; EIG outcomes are
// published only as counts.

public sealed record PhaseOuverte(int Ordre, string Nom, DateOnly Debut, DateOnly Fin, int DureeMois, string Description, string Attendus);

public sealed record PromotionOuverte(int Numero, int Annee, string Libelle, DateOnly Debut, DateOnly Fin, string Url, IReadOnlyList<PhaseOuverte> Phases);

public sealed record MembreOuvert(string Profil, string? Nom);

public sealed record DefiOuvert(string Id, string Titre, string Administration, IReadOnlyList<int> Promotions, IReadOnlyList<string> Themes,
    IReadOnlyList<string> Expertises, IReadOnlyList<MembreOuvert> Equipe, string Url, string? Issue, DateOnly? DateIssue, string? LienIssue);

public sealed record ResultatDefiOuvert(string Defi, IReadOnlyList<int> Promotions, string Issue, string Libelle, DateOnly Date, string? Lien);

public sealed record ChiffreOuvert(string Perimetre, int? Promotion, string Indicateur, int Valeur, int? Sur, int? Inconnus, int? Pourcentage, string Definition);

/// <summary>One downloadable file, described as data.gouv.fr asks: title, description, licence, columns.</summary>
public sealed record FichierOuvert(string Nom, string Titre, string Description, IReadOnlyList<(string Colonne, string Sens)> Colonnes);

/// <summary>The open data of the programme: the same records the site shows, as API answers and CSV/JSON files.</summary>
public sealed class DonneesOuvertes(EigDbContext db, Indicateurs indicateurs, Microsoft.Extensions.Options.IOptions<Infrastructure.Mail.MailOptions> mail)
{
    public const string Licence = "Licence Ouverte 2.0 / Etalab";
    public const string LicenceUrl = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    public static readonly IReadOnlyList<FichierOuvert> Fichiers =
    [
        new("promotions", "Promotions du programme EIG",
            "Une ligne par phase de chaque promotion publiée : numéro, année de rentrée, libellé, dates de la promotion et de la phase, ce qui est attendu à la fin de la phase.",
            [("numero", "numéro de la promotion, identifiant stable"), ("annee", "année de rentrée (septembre)"), ("libelle", "nom de la promotion"),
             ("debut", "début de la promotion (AAAA-MM-JJ)"), ("fin", "fin de la promotion"), ("phase_ordre", "rang de la phase (1, 2, 3)"),
             ("phase_nom", "nom de la phase"), ("phase_debut", "début de la phase"), ("phase_fin", "fin de la phase"),
             ("phase_duree_mois", "durée en mois entiers"), ("phase_attendus", "ce qui est attendu à la fin de la phase")]),
        new("defis", "Défis d'intérêt général",
            "Un défi publié par ligne : administration d'accueil, promotions, thèmes, expertises, rôles de l'équipe (noms des seules personnes qui ont consenti à un profil public) et issue quand elle est connue.",
            [("id", "identifiant stable (adresse du défi sur le site)"), ("titre", "titre"), ("administration", "administration d'accueil"),
             ("promotions", "numéros des promotions, séparés par « | »"), ("themes", "thèmes, séparés par « | »"), ("expertises", "expertises, séparées par « | »"),
             ("equipe", "profils de l'équipe, avec le nom des personnes qui l'ont accepté, séparés par « | »"), ("url", "page du défi"),
             ("issue", "poursuivi, produit-ou-startup, arrete ou vide"), ("date_issue", "date de l'issue"), ("lien_issue", "lien vers la suite du défi")]),
        new("resultats-defis", "Issues des défis",
            "Ce que chaque défi est devenu à la fin de sa promotion : poursuivi par l'administration, devenu un produit ou une startup d'État, ou arrêté.",
            [("defi", "identifiant du défi"), ("promotions", "numéros des promotions"), ("issue", "poursuivi, produit-ou-startup ou arrete"),
             ("libelle", "l'issue en toutes lettres"), ("date", "date de l'issue"), ("lien", "lien vers la suite du défi")]),
        new("chiffres", "Chiffres clés du programme",
            "Les chiffres que le site affiche, calculés à partir des enregistrements, pour l'ensemble du programme et par promotion, chacun avec sa définition.",
            [("perimetre", "programme ou promotion"), ("promotion", "numéro de la promotion (vide pour l'ensemble)"), ("indicateur", "code de l'indicateur"),
             ("valeur", "nombre (ou nombre de « oui » pour une part)"), ("sur", "pour une part : nombre d'issues connues"),
             ("inconnus", "pour une part : nombre d'issues pas encore connues"), ("pourcentage", "pour une part : pourcentage arrondi"), ("definition", "définition de l'indicateur")]),
    ];

    private string Base => (mail.Value.BaseUrl ?? "").TrimEnd('/');

    public async Task<IReadOnlyList<PromotionOuverte>> PromotionsAsync(CancellationToken ct = default) =>
        (await db.Promotions.AsNoTracking().Include(p => p.Phases).Where(p => p.Publiee).OrderBy(p => p.Numero).ToListAsync(ct))
        .Select(p => new PromotionOuverte(p.Numero, p.Annee, p.Titre, p.Debut, p.Fin, $"{Base}/promotions/{p.Numero}",
            p.PhasesOrdonnees.Select(x => new PhaseOuverte(x.Ordre, x.Nom, x.Debut, x.Fin, x.DureeMois, x.Description, x.Attendus)).ToList()))
        .ToList();

    public static string Code(IssueDefi i) => i switch
    {
        IssueDefi.Poursuivi => "poursuivi",
        IssueDefi.ProduitOuStartup => "produit-ou-startup",
        _ => "arrete",
    };

    public async Task<IReadOnlyList<DefiOuvert>> DefisAsync(CancellationToken ct = default)
    {
        var defis = await db.Defis.AsNoTracking().Where(d => d.Publie).OrderBy(d => d.Slug)
            .Select(d => new { d.Id, d.Slug, d.Titre, d.Administration, d.Promotions, d.Themes, d.Expertises }).ToListAsync(ct);
        var ids = defis.Select(d => d.Id).ToList();
        var resultats = await db.ResultatsDefis.AsNoTracking().Where(r => ids.Contains(r.DefiId)).ToDictionaryAsync(r => r.DefiId, ct);
        var membres = (await db.MembresEquipes.AsNoTracking().Where(m => ids.Contains(m.DefiId))
                .Select(m => new { m.DefiId, m.Profil, m.PersonneId, m.AnnuairePublic }).ToListAsync(ct))
            .ToLookup(m => m.DefiId);
        var personnes = membres.SelectMany(g => g).Select(m => m.PersonneId).OfType<Guid>().ToList();
        var noms = await db.Personnes.AsNoTracking().Where(p => personnes.Contains(p.Id) && p.ConsentementProfilPublic).ToDictionaryAsync(p => p.Id, p => p.Nom, ct);
        return defis.Select(d =>
        {
            var r = resultats.GetValueOrDefault(d.Id);
            return new DefiOuvert(d.Slug, d.Titre, d.Administration, Numeros(d.Promotions), ListeSlugs.Lire(d.Themes), ListeSlugs.Lire(d.Expertises),
                membres[d.Id].Select(m => new MembreOuvert(m.Profil, m.AnnuairePublic && m.PersonneId is { } p ? noms.GetValueOrDefault(p) : null)).ToList(),
                $"{Base}/defis/{d.Slug}", r is null ? null : Code(r.Issue), r?.Date, r?.Lien);
        }).ToList();
    }

    public async Task<IReadOnlyList<ResultatDefiOuvert>> ResultatsDefisAsync(CancellationToken ct = default) =>
        (await (from r in db.ResultatsDefis.AsNoTracking()
                join d in db.Defis.AsNoTracking() on r.DefiId equals d.Id
                where d.Publie
                orderby d.Slug
                select new { d.Slug, d.Promotions, r.Issue, r.Date, r.Lien }).ToListAsync(ct))
        .Select(x => new ResultatDefiOuvert(x.Slug, Numeros(x.Promotions), Code(x.Issue), ResultatDefi.Libelle(x.Issue), x.Date, x.Lien)).ToList();

    public async Task<IReadOnlyList<ChiffreOuvert>> ChiffresAsync(CancellationToken ct = default)
    {
        var donnees = await indicateurs.ChargerAsync(ct);
        return [.. Lignes(Indicateurs.Calculer(donnees, null)), .. Indicateurs.ParPromotion(donnees).SelectMany(Lignes)];
    }

    private static IEnumerable<ChiffreOuvert> Lignes(Chiffres c)
    {
        var perimetre = c.Promotion is null ? "programme" : "promotion";
        yield return new(perimetre, c.Promotion, "eig", c.Eig, null, null, null, Indicateurs.DefinitionEig);
        yield return new(perimetre, c.Promotion, "defis", c.Defis, null, null, null, Indicateurs.DefinitionDefis);
        yield return new(perimetre, c.Promotion, "administrations", c.Administrations, null, null, null, Indicateurs.DefinitionAdministrations);
        yield return new(perimetre, c.Promotion, "eig_restes_secteur_public", c.EigRestes.Oui, c.EigRestes.Connus, c.EigRestes.Inconnus, c.EigRestes.Pourcentage, Indicateurs.DefinitionEigRestes);
        yield return new(perimetre, c.Promotion, "defis_perdurent", c.DefisPerdurent.Oui, c.DefisPerdurent.Connus, c.DefisPerdurent.Inconnus, c.DefisPerdurent.Pourcentage, Indicateurs.DefinitionDefisPerdurent);
    }

    private static IReadOnlyList<int> Numeros(string promotions) =>
        ListeSlugs.Lire(promotions).Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).OfType<int>().ToList();

    // CSV: semicolon, UTF-8 with BOM, as the other exports (a French spreadsheet opens it with its accents).
    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
    private static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    public async Task<byte[]?> CsvAsync(string nom, CancellationToken ct = default)
    {
        var f = Fichiers.FirstOrDefault(x => x.Nom == nom);
        if (f is null) return null;
        var entetes = f.Colonnes.Select(c => c.Colonne).ToList();
        IEnumerable<IReadOnlyList<string>> lignes = nom switch
        {
            "promotions" => (await PromotionsAsync(ct)).SelectMany(p => p.Phases.Count == 0
                ? [(IReadOnlyList<string>)[N(p.Numero), N(p.Annee), p.Libelle, D(p.Debut), D(p.Fin), "", "", "", "", "", ""]]
                : p.Phases.Select(x => (IReadOnlyList<string>)[N(p.Numero), N(p.Annee), p.Libelle, D(p.Debut), D(p.Fin), N(x.Ordre), x.Nom, D(x.Debut), D(x.Fin), N(x.DureeMois), x.Attendus])),
            "defis" => (await DefisAsync(ct)).Select(d => (IReadOnlyList<string>)[d.Id, d.Titre, d.Administration, string.Join('|', d.Promotions),
                string.Join('|', d.Themes), string.Join('|', d.Expertises), string.Join('|', d.Equipe.Select(m => m.Nom is null ? m.Profil : $"{m.Profil} : {m.Nom}")),
                d.Url, d.Issue ?? "", D(d.DateIssue), d.LienIssue ?? ""]),
            "resultats-defis" => (await ResultatsDefisAsync(ct)).Select(r => (IReadOnlyList<string>)[r.Defi, string.Join('|', r.Promotions), r.Issue, r.Libelle, D(r.Date), r.Lien ?? ""]),
            _ => (await ChiffresAsync(ct)).Select(c => (IReadOnlyList<string>)[c.Perimetre, N(c.Promotion), c.Indicateur, N(c.Valeur), N(c.Sur), N(c.Inconnus), N(c.Pourcentage), c.Definition]),
        };
        return Exports.Csv(entetes, lignes);
    }

    public async Task<object?> JsonAsync(string nom, CancellationToken ct = default) => nom switch
    {
        "promotions" => await PromotionsAsync(ct),
        "defis" => await DefisAsync(ct),
        "resultats-defis" => await ResultatsDefisAsync(ct),
        "chiffres" => await ChiffresAsync(ct),
        _ => null,
    };
}
