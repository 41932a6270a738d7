using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>Radio buttons in a DSFR fieldset: <c>&lt;dsfr-radios asp-for="Input.Role" asp-items="Model.Roles" legend="Vous êtes" /&gt;</c>.
/// Items that are <see cref="DsfrOption"/>s show their hint under their label.</summary>
[HtmlTargetElement("dsfr-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrRadiosTagHelper : DsfrChoicesBase
{
    private string? _current;
    private bool _read;

    protected override string InputType => "radio";
    protected override string GroupClass => "fr-radio-group";

    protected override bool IsChecked(SelectListItem item)
    {
        if (!_read) { _current = CurrentValue; _read = true; }
        return _current is not null ? _current == item.Value : item.Selected;
    }
}
