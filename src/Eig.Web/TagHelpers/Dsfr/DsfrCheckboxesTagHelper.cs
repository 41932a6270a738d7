using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>Several checkboxes bound to a list: <c>&lt;dsfr-checkboxes asp-for="Input.Themes" asp-items="Model.Themes" legend="Thèmes" /&gt;</c>.
/// Items that are <see cref="DsfrOption"/>s show their hint under their label.</summary>
[HtmlTargetElement("dsfr-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrCheckboxesTagHelper : DsfrChoicesBase
{
    private HashSet<string>? _selected;

    protected override string InputType => "checkbox";
    protected override string GroupClass => "fr-checkbox-group";

    protected override bool IsChecked(SelectListItem item)
    {
        _selected ??= Selected();
        return _selected.Count > 0 ? _selected.Contains(item.Value) : item.Selected;
    }

    /// <summary>What was posted (kept after a failed post), else what the bound list holds.</summary>
    private HashSet<string> Selected() =>
        ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null
            ? (entry.RawValue as string[] ?? [entry.RawValue.ToString()!]).ToHashSet()
            : (For.Model as System.Collections.IEnumerable)?.Cast<object>().Select(o => o.ToString()!).ToHashSet() ?? [];
}
