using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Eig.Web.AppelsAProjets;

public enum GenreChamp { Texte, TexteLong, Liste, Siret, Nombre }

/// <summary>One field of the dossier form: how the page labels it, what it accepts, how it reads and writes the
/// dossier. Everything that shows or checks a dossier's field reads it from here.</summary>
public sealed class ChampDossier
{
    /// <summary>The dossier's property and the form's input (Input.{Nom}).</summary>
    public required string Nom { get; init; }
    /// <summary>The label on the page, in the receipt PDF and in the exports: "Titre du projet".</summary>
    public required string Libelle { get; init; }
    /// <summary>How messages name it: "Renseignez le titre du projet."</summary>
    public required string Designation { get; init; }
    public required GenreChamp Genre { get; init; }
    public string? Aide { get; init; }
    public bool Requis { get; init; } = true;
    /// <summary>Longest text, or greatest number.</summary>
    public int Max { get; init; }
    public int Min { get; init; }
    public int? Lignes { get; init; }
    /// <summary>The dossier's value as the form shows it ("" when empty).</summary>
    public required Func<DossierProjet, string> Lire { get; init; }
    /// <summary>Writes a value this field has accepted (null: left empty).</summary>
    public required Action<DossierProjet, string?> Ecrire { get; init; }

    public string Cle => "Input." + Nom;
    /// <summary>The <c>maxlength</c> of the input: the limit the domain checks (a SIRET may be typed with spaces).</summary>
    public int? LongueurSaisie => Genre switch { GenreChamp.Siret => 17, GenreChamp.Nombre => null, _ => Max };

    public bool EstVide(DossierProjet d) => Genre == GenreChamp.Nombre
        ? !(int.TryParse(Lire(d), out var n) && n >= Min)
        : string.IsNullOrWhiteSpace(Lire(d));
    public string Manque => Genre == GenreChamp.Nombre ? $"Indiquez {Designation}." : $"Renseignez {Designation}.";
}

public sealed record EtapeDossier(int Numero, string Titre, IReadOnlyList<ChampDossier> Champs);

/// <summary>The dossier form, described once: its steps and their fields, read by the step pages (labels, hints,
/// limits), their validation, the list of what is missing before filing, the receipt PDF and the exports.</summary>
public static class FormulaireDossier
{
    private const int Court = DossierProjet.Court, Long = DossierProjet.Long;

    public static readonly string[] TypesAdministration =
        ["Administration centrale", "Service déconcentré", "Opérateur de l'État", "Collectivité territoriale", "Autre organisme public"];

    private static string Nb(int? n) => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
    private static int? Entier(string? s) => s is null ? null : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    public static readonly IReadOnlyList<EtapeDossier> Etapes =
    [
        new(1, "Administration et sponsor",
        [
            new() { Nom = nameof(DossierProjet.Titre), Libelle = "Titre du projet", Designation = "le titre du projet", Genre = GenreChamp.Texte, Max = Court,
                Aide = "Une phrase courte, par exemple « Simplifier la demande d'aide au logement »", Lire = d => d.Titre, Ecrire = (d, v) => d.Titre = v ?? "" },
            new() { Nom = nameof(DossierProjet.Administration), Libelle = "Nom de l'administration", Designation = "le nom de l'administration", Genre = GenreChamp.Texte, Max = Court,
                Lire = d => d.Administration, Ecrire = (d, v) => d.Administration = v ?? "" },
            new() { Nom = nameof(DossierProjet.TypeAdministration), Libelle = "Type d'administration", Designation = "le type d'administration", Genre = GenreChamp.Liste, Max = Court,
                Lire = d => d.TypeAdministration, Ecrire = (d, v) => d.TypeAdministration = v ?? "" },
            new() { Nom = nameof(DossierProjet.Siret), Libelle = "SIRET", Designation = "le SIRET", Genre = GenreChamp.Siret, Max = 14, Requis = false,
                Aide = "14 chiffres", Lire = d => d.Siret ?? "", Ecrire = (d, v) => d.Siret = v },
            new() { Nom = nameof(DossierProjet.SponsorNom), Libelle = "Nom du sponsor", Designation = "le nom du sponsor", Genre = GenreChamp.Texte, Max = Court,
                Aide = "La personne de la direction qui porte le projet", Lire = d => d.SponsorNom, Ecrire = (d, v) => d.SponsorNom = v ?? "" },
            new() { Nom = nameof(DossierProjet.SponsorFonction), Libelle = "Fonction du sponsor", Designation = "la fonction du sponsor", Genre = GenreChamp.Texte, Max = Court,
                Lire = d => d.SponsorFonction, Ecrire = (d, v) => d.SponsorFonction = v ?? "" },
        ]),
        new(2, "Le problème",
        [
            new() { Nom = nameof(DossierProjet.Probleme), Libelle = "Le problème à résoudre", Designation = "le problème", Genre = GenreChamp.TexteLong, Max = Long,
                Aide = "Pour qui, dans quelle situation, avec quelles conséquences", Lire = d => d.Probleme, Ecrire = (d, v) => d.Probleme = v ?? "" },
            new() { Nom = nameof(DossierProjet.Preuves), Libelle = "Ce qui atteste le problème", Designation = "les éléments qui attestent le problème", Genre = GenreChamp.TexteLong, Max = Long,
                Aide = "Observations de terrain, études, chiffres", Lire = d => d.Preuves, Ecrire = (d, v) => d.Preuves = v ?? "" },
            new() { Nom = nameof(DossierProjet.PublicsConcernes), Libelle = "Les personnes concernées", Designation = "les personnes concernées", Genre = GenreChamp.TexteLong, Max = Long, Lignes = 4,
                Lire = d => d.PublicsConcernes, Ecrire = (d, v) => d.PublicsConcernes = v ?? "" },
            new() { Nom = nameof(DossierProjet.NombrePersonnesConcernees), Libelle = "Nombre de personnes concernées", Designation = "le nombre de personnes concernées", Genre = GenreChamp.Nombre,
                Min = 1, Max = 100_000_000, Requis = false, Aide = "Un ordre de grandeur suffit",
                Lire = d => Nb(d.NombrePersonnesConcernees), Ecrire = (d, v) => d.NombrePersonnesConcernees = Entier(v) },
        ]),
        new(3, "Expérimentation et produit",
        [
            new() { Nom = nameof(DossierProjet.TerrainExperimentation), Libelle = "Terrain d'expérimentation", Designation = "le terrain d'expérimentation", Genre = GenreChamp.TexteLong, Max = Long,
                Aide = "Où l'équipe pourra tester auprès d'usagers réels", Lire = d => d.TerrainExperimentation, Ecrire = (d, v) => d.TerrainExperimentation = v ?? "" },
            new() { Nom = nameof(DossierProjet.ObjectifImpact), Libelle = "Objectif d'impact mesurable", Designation = "l'objectif d'impact", Genre = GenreChamp.TexteLong, Max = Long,
                Aide = "Ce qui aura changé, et comment vous le mesurerez", Lire = d => d.ObjectifImpact, Ecrire = (d, v) => d.ObjectifImpact = v ?? "" },
            new() { Nom = nameof(DossierProjet.ApprocheProduit), Libelle = "Approche produit", Designation = "l'approche produit", Genre = GenreChamp.TexteLong, Max = Long,
                Aide = "Comment l'administration explore, apprend et s'améliore à partir des résultats", Lire = d => d.ApprocheProduit, Ecrire = (d, v) => d.ApprocheProduit = v ?? "" },
            new() { Nom = nameof(DossierProjet.FeuilleDeRoute), Libelle = "Feuille de route à moyen terme", Designation = "la feuille de route", Genre = GenreChamp.TexteLong, Max = Long,
                Lire = d => d.FeuilleDeRoute, Ecrire = (d, v) => d.FeuilleDeRoute = v ?? "" },
            new() { Nom = nameof(DossierProjet.PrioriteGouvernementale), Libelle = "Lien avec une priorité du gouvernement", Designation = "la priorité gouvernementale", Genre = GenreChamp.TexteLong, Max = Long,
                Requis = false, Lignes = 4, Lire = d => d.PrioriteGouvernementale, Ecrire = (d, v) => d.PrioriteGouvernementale = v ?? "" },
        ]),
        new(4, "L'équipe EIG souhaitée",
        [
            new() { Nom = nameof(DossierProjet.ProfilsSouhaites), Libelle = "Profils souhaités", Designation = "les profils souhaités", Genre = GenreChamp.Texte, Max = Court,
                Aide = "Par exemple : directeur ou directrice de produit", Lire = d => d.ProfilsSouhaites, Ecrire = (d, v) => d.ProfilsSouhaites = v ?? "" },
            new() { Nom = nameof(DossierProjet.NombreProfils), Libelle = "Nombre de profils souhaités", Designation = "le nombre de profils souhaités", Genre = GenreChamp.Nombre,
                Min = 1, Max = 10, Aide = "Entre 1 et 10", Lire = d => Nb(d.NombreProfils), Ecrire = (d, v) => d.NombreProfils = Entier(v) },
        ]),
    ];

    /// <summary>The last step, attachments and filing, has its own page.</summary>
    public const string TitreDepot = "Pièces jointes et dépôt";
    public static int NombreEtapes => Etapes.Count + 1;
    public static IEnumerable<ChampDossier> Champs => Etapes.SelectMany(e => e.Champs);
    public static ChampDossier Champ(string nom) => Champs.Single(c => c.Nom == nom);
    public static string TitreEtape(int numero) => numero <= Etapes.Count ? Etapes[numero - 1].Titre : TitreDepot;

    /// <summary>Checks what was typed for one step and puts a French message next to each wrong field. Returns the
    /// accepted values (trimmed; numbers as digits), to <see cref="Appliquer"/> when the step is valid.</summary>
    public static Dictionary<string, string?> Valider(EtapeDossier etape, Func<string, string?> saisie, ModelStateDictionary modelState)
    {
        var acceptes = new Dictionary<string, string?>();
        foreach (var c in etape.Champs)
        {
            var t = saisie(c.Nom)?.Trim() ?? "";
            if (c.Genre is GenreChamp.Siret or GenreChamp.Nombre) t = t.Replace(" ", "").Replace("\u00a0", "");
            string? Refuser(string message) { modelState.AddModelError(c.Cle, message); return null; }
            if (t.Length == 0)
            {
                if (c.Requis) Refuser(c.Manque);
                acceptes[c.Nom] = null;
                continue;
            }
            acceptes[c.Nom] = c.Genre switch
            {
                GenreChamp.Nombre when !int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) =>
                    Refuser($"Indiquez {c.Designation} en chiffres, par exemple 12."),
                GenreChamp.Nombre when int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) is var n && (n < c.Min || n > c.Max) =>
                    Refuser($"Indiquez {c.Designation} entre {c.Min} et {Fr.Entier(c.Max)}."),
                GenreChamp.Siret when t.Length != 14 || !t.All(char.IsAsciiDigit) => Refuser("Le SIRET compte 14 chiffres, par exemple 13002526500013."),
                GenreChamp.Liste when !TypesAdministration.Contains(t) => Refuser($"Choisissez {c.Designation} dans la liste."),
                _ when t.Length > c.Max => Refuser($"{char.ToUpper(c.Designation[0])}{c.Designation[1..]} ne doit pas dépasser {c.Max} caractères (actuellement {t.Length})."),
                _ => t,
            };
        }
        return acceptes;
    }

    public static void Appliquer(EtapeDossier etape, DossierProjet d, IReadOnlyDictionary<string, string?> acceptes)
    {
        foreach (var c in etape.Champs) c.Ecrire(d, acceptes.GetValueOrDefault(c.Nom));
    }

    /// <summary>What is still missing before the dossier can be filed, in French, in the form's order.</summary>
    public static IReadOnlyList<string> Manques(DossierProjet d) =>
        Champs.Where(c => c.Requis && c.EstVide(d)).Select(c => c.Manque).ToList();
}
