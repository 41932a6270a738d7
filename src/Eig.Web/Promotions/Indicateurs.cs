using System.Globalization;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Promotions;

/// <summary>A share of a known total: "12 out of 20 whose outcome is known, 3 not known yet".</summary>
public sealed record Part(int Oui, int Connus, int Inconnus)
{
    /// <summary>Rounded percent of the known ones; null while nothing is known.</summary>
    public int? Pourcentage => Connus == 0 ? null : (int)Math.Round(100.0 * Oui / Connus, MidpointRounding.AwayFromZero);
}

/// <summary>The site's figures for one promotion (<see cref="Promotion"/> set) or the whole programme.</summary>
public sealed record Chiffres(int? Promotion, int Eig, int Defis, int Administrations, Part EigRestes, Part DefisPerdurent);

/// <summary>
/// Every figure the site shows about the programme, computed from the records, never typed, each with the definition
/// printed next to it (<see cref="Definitions"/>). The rules, in one place:
/// an EIG is a person of the site with the participant role, counted once however many défis or promotions they
/// took part in (and in each promotion they belong to: those their file names, else those of their défis; a
/// promotion's figures cover all its tracks, "Promotion 3" and "Promotion 3 - DIG"); a défi is a published défi, counted once overall and in each
/// of its promotions; administrations are the distinct host administrations of those défis (case and spaces ignored);
/// the shares are over the known outcomes only, and the unknown ones are given beside them.
/// </summary>
public sealed class Indicateurs(EigDbContext db)
{
    public const string DefinitionEig = "Personnes recrutées comme EIG par le programme, chacune comptée une fois même si elle a relevé plusieurs défis ou participé à plusieurs promotions.";
    public const string DefinitionDefis = "Défis publiés sur ce site, chacun compté une fois même s'il a couru sur plusieurs promotions.";
    public const string DefinitionAdministrations = "Administrations d'accueil distinctes des défis publiés.";
    public const string DefinitionEigRestes = "Part des EIG dont la suite est connue qui travaillent pour un employeur public (État, collectivité, établissement public) après le programme, dans l'administration d'accueil ou ailleurs.";
    public const string DefinitionDefisPerdurent = "Part des défis dont l'issue est connue qui sont poursuivis par l'administration ou devenus un produit ou une startup d'État.";

    public static readonly IReadOnlyDictionary<string, string> Definitions = new Dictionary<string, string>
    {
        ["eig"] = DefinitionEig,
        ["defis"] = DefinitionDefis,
        ["administrations"] = DefinitionAdministrations,
        ["eig_restes_secteur_public"] = DefinitionEigRestes,
        ["defis_perdurent"] = DefinitionDefisPerdurent,
    };

    /// <summary>What the figures are computed from, loaded once.</summary>
    public sealed record Donnees(
        IReadOnlyList<(Guid Id, IReadOnlyList<string> Promotions, string Administration)> Defis,
        IReadOnlyList<(Guid Id, IReadOnlyList<string> Promotions)> Eig,
        IReadOnlyDictionary<Guid, IssueDefi> IssuesDefis,
        IReadOnlyDictionary<Guid, IssueEig> IssuesEig);

    public async Task<Donnees> ChargerAsync(CancellationToken ct = default)
    {
        var defis = await db.Defis.AsNoTracking().Where(d => d.Publie).Select(d => new { d.Id, d.Promotions, d.Administration }).ToListAsync(ct);
        var eig = await db.Personnes.AsNoTracking().Where(p => p.Role == RolePersonne.Participant).Select(p => new { p.Id, p.Promotions, p.Defis }).ToListAsync(ct);
        // A person file that names its défis but no promotion belongs to the promotions of those défis (hidden ones too).
        var promotionsDesDefis = (await db.Defis.AsNoTracking().Select(d => new { d.Slug, d.Promotions }).ToListAsync(ct))
            .GroupBy(d => d.Slug).ToDictionary(g => g.Key, g => ListeSlugs.Lire(g.First().Promotions));
        var issuesDefis = await db.ResultatsDefis.AsNoTracking().Select(r => new { r.DefiId, r.Issue }).ToListAsync(ct);
        var issuesEig = await db.ResultatsEig.AsNoTracking().Select(r => new { r.PersonneId, r.Issue }).ToListAsync(ct);
        return new Donnees(
            defis.Select(d => (d.Id, ListeSlugs.Lire(d.Promotions), d.Administration)).ToList(),
            eig.Select(p => (p.Id, ListeSlugs.Lire(p.Promotions) is { Count: > 0 } propres ? propres
                : (IReadOnlyList<string>)ListeSlugs.Lire(p.Defis).SelectMany(s => promotionsDesDefis.GetValueOrDefault(s) ?? []).Distinct().ToList())).ToList(),
            issuesDefis.ToDictionary(r => r.DefiId, r => r.Issue),
            issuesEig.ToDictionary(r => r.PersonneId, r => r.Issue));
    }

    public async Task<Chiffres> CalculerAsync(int? promotion = null, CancellationToken ct = default) =>
        Calculer(await ChargerAsync(ct), promotion);

    /// <summary>The figures of every promotion that has défis or EIG, in order, then nothing else.</summary>
    public static IReadOnlyList<Chiffres> ParPromotion(Donnees d) =>
        d.Defis.SelectMany(x => x.Promotions).Concat(d.Eig.SelectMany(x => x.Promotions))
            .Select(NumeroDe)
            .OfType<int>().Distinct().Order().Select(n => Calculer(d, n)).ToList();

    public static Chiffres Calculer(Donnees d, int? promotion)
    {
        var defis = d.Defis.Where(x => promotion is null || x.Promotions.Any(c => NumeroDe(c) == promotion)).ToList();
        var eig = d.Eig.Where(x => promotion is null || x.Promotions.Any(c => NumeroDe(c) == promotion)).ToList();
        var administrations = defis.Select(x => Normaliser(x.Administration)).Where(a => a.Length > 0).Distinct().Count();
        var issuesDefis = defis.Where(x => d.IssuesDefis.ContainsKey(x.Id)).Select(x => d.IssuesDefis[x.Id]).ToList();
        var issuesEig = eig.Where(x => d.IssuesEig.ContainsKey(x.Id)).Select(x => d.IssuesEig[x.Id]).ToList();
        return new Chiffres(promotion, eig.Count, defis.Count, administrations,
            new Part(issuesEig.Count(i => i == IssueEig.ResteSecteurPublic), issuesEig.Count, eig.Count - issuesEig.Count),
            new Part(issuesDefis.Count(i => i is IssueDefi.Poursuivi or IssueDefi.ProduitOuStartup), issuesDefis.Count, defis.Count - issuesDefis.Count));
    }

    /// <summary>The promotion number of a key as défis and people list it: "3" and "3-dig" (its DIG track) are both
    /// promotion 3, whose figures cover every track.</summary>
    public static int? NumeroDe(string cle)
    {
        var tiret = cle.IndexOf('-');
        return int.TryParse(tiret < 0 ? cle : cle[..tiret], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>"Ministère de la Culture " and "ministère de la culture" are one administration.</summary>
    public static string Normaliser(string administration) =>
        string.Join(' ', administration.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLower(Fr.Culture);
}
