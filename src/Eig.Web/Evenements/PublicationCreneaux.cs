using System.ComponentModel.DataAnnotations;

namespace Eig.Web.Evenements;

/// <summary>The one form for publishing slots, whatever they are for (a soutenance, a first interview, a mission
/// interview, a call with the team): a day, a range of Paris time from <see cref="Debut"/> to <see cref="Fin"/>, the
/// length of one slot and the place. The range is cut into slots that follow one another. Posted as
/// <c>Input.Jour</c>, <c>Input.Debut</c>, <c>Input.Fin</c>, <c>Input.Duree</c>, <c>Input.Lieu</c>.</summary>
public sealed class SaisieCreneaux
{
    [Display(Name = "Jour")]
    public DateOnly? Jour { get; set; }

    [Display(Name = "De", Description = "Heure de Paris, au début du premier créneau. Par exemple 09:30")]
    public TimeOnly? Debut { get; set; }

    [Display(Name = "À", Description = "Heure de Paris, à la fin du dernier créneau")]
    public TimeOnly? Fin { get; set; }

    [Display(Name = "Durée d'un créneau, en minutes")]
    public int? Duree { get; set; }

    [Display(Name = "Lieu ou lien de visioconférence", Description = "Montré à la personne qui réserve")]
    public string? Lieu { get; set; }

    [Display(Name = "Annulation et changement en ligne jusqu'à, en heures avant le créneau",
        Description = "Après ce délai, seule l'équipe peut déplacer le rendez-vous. 24 si vous laissez vide ; 0 : jusqu'au début")]
    public int? DelaiModification { get; set; }
}

/// <summary>What a kind of slot allows: its length (fixed when <see cref="DureeMin"/> = <see cref="DureeMax"/>),
/// how many slots one publication makes at most, whether it has a place (and how long it may be), and whether the
/// person who books may cancel or change it online until a delay the series sets (<see cref="DelaiMaxHeures"/>
/// at most; null: not offered).</summary>
public sealed record RegleCreneaux(int DureeMin, int DureeMax, int NombreMax, int? LongueurLieu, int? DelaiMaxHeures = null)
{
    public const int DelaiParDefautHeures = 24;

    public bool DureeFixe => DureeMin == DureeMax;
    public bool AUnLieu => LongueurLieu is not null;
    public bool DelaiModifiable => DelaiMaxHeures is not null;

    /// <summary>The series' delay as typed, or the default (after <see cref="PublicationCreneaux.Preparer"/> checked it).</summary>
    public int Delai(SaisieCreneaux s) => s.DelaiModification ?? DelaiParDefautHeures;
}

/// <summary>One slot of a series, in UTC.</summary>
public sealed record CreneauPrevu(DateTime Debut, DateTime Fin)
{
    public int DureeMinutes => (int)(Fin - Debut).TotalMinutes;
}

/// <summary>Cuts the form into slots and checks them, with the same French messages on every page: day and times
/// given, each slot existing in Paris time (not in the hour skipped in March) and in the future, the length and the
/// number of slots within the kind's rule, a place when the kind has one, and no slot overlapping one already
/// published for the same purpose. Pages then make their own slots (<c>CreneauSoutenance</c>, <c>Creneau</c>,
/// <c>CreneauAppel</c>) from <see cref="CreneauPrevu"/>s.</summary>
public static class PublicationCreneaux
{
    public static List<CreneauPrevu> Preparer(SaisieCreneaux s, RegleCreneaux regle, DateTime maintenant,
        IEnumerable<(DateTime Debut, DateTime Fin)> dejaPublies, List<ErreurSaisie> erreurs)
    {
        var avant = erreurs.Count;
        void Erreur(string champ, string message) => erreurs.Add(new(champ, message));
        if (s.Jour is null) Erreur(nameof(s.Jour), "Indiquez le jour des créneaux.");
        if (s.Debut is null) Erreur(nameof(s.Debut), "Indiquez l'heure du début du premier créneau (heure de Paris).");
        if (s.Fin is null) Erreur(nameof(s.Fin), "Indiquez l'heure de la fin du dernier créneau (heure de Paris).");
        var duree = regle.DureeFixe ? regle.DureeMin : s.Duree;
        if (duree is null) Erreur(nameof(s.Duree), "Indiquez la durée d'un créneau, en minutes.");
        else if (duree < regle.DureeMin || duree > regle.DureeMax)
            Erreur(nameof(s.Duree), $"Indiquez une durée entre {regle.DureeMin} et {regle.DureeMax} minutes.");
        var lieu = s.Lieu?.Trim() ?? "";
        if (regle.LongueurLieu is { } max)
        {
            if (lieu.Length == 0) Erreur(nameof(s.Lieu), "Indiquez le lieu ou le lien de visioconférence.");
            else if (lieu.Length > max) Erreur(nameof(s.Lieu), $"Le lieu ne doit pas dépasser {max} caractères (actuellement {lieu.Length}).");
        }
        if (s is { Debut: { } de, Fin: { } a } && a <= de) Erreur(nameof(s.Fin), "La fin doit venir après le début.");
        if (regle.DelaiMaxHeures is { } delaiMax && s.DelaiModification is { } delai && (delai < 0 || delai > delaiMax))
            Erreur(nameof(s.DelaiModification), $"Indiquez un délai entre 0 et {Fr.Nombre(delaiMax, "heure", "heures")} avant le créneau.");
        if (erreurs.Count > avant) return [];

        var debutParis = s.Jour!.Value.ToDateTime(s.Debut!.Value);
        var finParis = s.Jour.Value.ToDateTime(s.Fin!.Value);
        var pas = TimeSpan.FromMinutes(duree!.Value);
        var nombre = (int)((finParis - debutParis) / pas);
        if (nombre == 0)
        {
            Erreur(nameof(s.Fin), $"Un créneau de {Fr.Nombre(duree.Value, "minute", "minutes")} ne tient pas entre {s.Debut:HH'h'mm} et {s.Fin:HH'h'mm}.");
            return [];
        }
        if (nombre > regle.NombreMax)
        {
            Erreur(nameof(s.Fin), $"Publiez au plus {Fr.Nombre(regle.NombreMax, "créneau", "créneaux")} à la fois : cette plage en contient {Fr.Entier(nombre)}.");
            return [];
        }
        var creneaux = new List<CreneauPrevu>();
        for (var i = 0; i < nombre; i++)
        {
            var debut = debutParis + i * pas;
            var fin = debut + pas;
            if (!Fr.ExisteAParis(debut) || !Fr.ExisteAParis(fin))
            {
                Erreur(i == 0 ? nameof(s.Debut) : nameof(s.Fin), "Cette heure n'existe pas à Paris (les horloges passent de 2h à 3h ce jour-là) : choisissez une autre heure.");
                return [];
            }
            creneaux.Add(new(Fr.VersUtc(debut), Fr.VersUtc(fin)));
        }
        if (creneaux[0].Debut <= maintenant)
        {
            Erreur(nameof(s.Debut), "Le premier créneau doit être dans le futur.");
            return [];
        }
        var publies = dejaPublies.ToList();
        foreach (var c in creneaux)
        foreach (var (autreDebut, autreFin) in publies)
        {
            if (autreDebut < c.Fin && c.Debut < autreFin)
            {
                Erreur(nameof(s.Debut), $"Le créneau de {Fr.Heure(c.Debut)} chevauche celui du {Fr.Creneau(autreDebut, (int)(autreFin - autreDebut).TotalMinutes)}, déjà publié.");
                return [];
            }
        }
        return creneaux;
    }
}

/// <summary>A page that publishes slots through the shared form (Pages/Shared/Evenements/_PublicationCreneaux):
/// its series bound as <c>Serie</c>, and the rule of its kind of slot.</summary>
public interface IPublieCreneaux
{
    SaisieCreneaux Serie { get; }
    RegleCreneaux Regle { get; }
}
