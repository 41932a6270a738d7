using Microsoft.AspNetCore.Mvc.Rendering;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>A choice of <c>dsfr-radios</c> or <c>dsfr-checkboxes</c> with a line of description under its label
/// (DSFR's "texte de description additionnel").</summary>
public sealed class DsfrOption : SelectListItem
{
    public DsfrOption(string text, string value, string? hint = null, bool selected = false) : base(text, value, selected) => Hint = hint;

    public string? Hint { get; init; }
}
