using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Eig.Web.AppelsAProjets;

/// <summary>Reads text fields of an <c>Input</c> model and puts French messages next to the ones that are wrong.
/// Numbers and dates are bound as text so that "beaucoup" gets a message for people, not a binder error.</summary>
public sealed class Formulaire(ModelStateDictionary modelState, string prefixe = "Input.")
{
    private static string Majuscule(string s) => s.Length == 0 ? s : char.ToUpper(s[0], Fr.Culture) + s[1..];

    public string Texte(string champ, string? valeur, string libelle, int max, bool requis = true)
    {
        var t = valeur?.Trim() ?? "";
        if (requis && t.Length == 0) modelState.AddModelError(prefixe + champ, $"Renseignez {libelle}.");
        else if (t.Length > max) modelState.AddModelError(prefixe + champ, $"{Majuscule(libelle)} ne doit pas dépasser {max} caractères (actuellement {t.Length}).");
        return t;
    }

    public int? Entier(string champ, string? valeur, string libelle, int min, int max, bool requis = true)
    {
        var t = (valeur ?? "").Replace(" ", "").Replace("\u00a0", "");
        if (t.Length == 0)
        {
            if (requis) modelState.AddModelError(prefixe + champ, $"Indiquez {libelle}.");
            return null;
        }
        if (!int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            modelState.AddModelError(prefixe + champ, $"Indiquez {libelle} en chiffres.");
            return null;
        }
        if (n < min || n > max)
        {
            modelState.AddModelError(prefixe + champ, $"Indiquez {libelle} entre {min} et {max}.");
            return null;
        }
        return n;
    }

    public DateOnly? Date(string champ, string? valeur, string libelle, bool requis)
    {
        var t = valeur?.Trim() ?? "";
        if (t.Length == 0)
        {
            if (requis) modelState.AddModelError(prefixe + champ, $"Indiquez {libelle}.");
            return null;
        }
        if (DateOnly.TryParseExact(t, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        modelState.AddModelError(prefixe + champ, $"Indiquez {libelle} au format jj/mm/aaaa.");
        return null;
    }

    public DateTime? DateHeure(string champ, string? valeur, string libelle)
    {
        var t = valeur?.Trim() ?? "";
        if (t.Length == 0)
        {
            modelState.AddModelError(prefixe + champ, $"Indiquez {libelle}.");
            return null;
        }
        // Typed in Paris time (the form says so), stored in UTC.
        if (Fr.LireSaisie(t, out var utc))
            return utc;
        modelState.AddModelError(prefixe + champ, DateTime.TryParseExact(t, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? "Cette heure n'existe pas à Paris (les horloges passent de 2h à 3h ce jour-là) : choisissez une autre heure."
            : $"Indiquez {libelle} au format jj/mm/aaaa hh:mm.");
        return null;
    }
}
