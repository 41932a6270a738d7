using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>What every DSFR form field shares: its bound property, label, hint, and the server's error message
/// rendered next to it (fr-*-group--error, fr-error-text linked by aria-describedby).
/// The label and hint default to the property's <see cref="DisplayAttribute"/> (Name, Description), the length
/// limit to its <see cref="StringLengthAttribute"/> or <see cref="MaxLengthAttribute"/>: the form is described
/// once, on its input model, and the page, the validation and the browser read the same limits. A metadata
/// provider may describe the field instead (display name, description, and the <see cref="DsfrMetadonnees"/> keys).</summary>
public abstract class DsfrFieldBase : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = default!;
    [HtmlAttributeName("label")] public string? Label { get; set; }
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    /// <summary>Marks the label "(facultatif)". Forms say once that every other field is required. When not given,
    /// the metadata says (<see cref="DsfrMetadonnees.Facultatif"/>).</summary>
    [HtmlAttributeName("optional")] public bool? Optional { get; set; }
    [HtmlAttributeName("disabled")] public bool Disabled { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    protected string FieldName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
    protected string FieldId => TagBuilder.CreateSanitizedId(FieldName, "_");
    protected string ErrorId => FieldId + "-erreur";
    protected string HintId => FieldId + "-aide";

    protected string? Error =>
        ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage is { Length: > 0 } m ? m : "La valeur saisie n'est pas valide."
            : null;

    /// <summary>What the person typed (kept after a failed post), else the model's value.</summary>
    protected string? CurrentValue
    {
        get
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.AttemptedValue is not null)
                return entry.AttemptedValue;
            return For.Model switch
            {
                null => null,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime dt => dt.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var o => o.ToString(),
            };
        }
    }

    private IReadOnlyList<object> PropertyAttributes =>
        (For.Metadata as DefaultModelMetadata)?.Attributes.PropertyAttributes ?? [];

    private DisplayAttribute? Display => PropertyAttributes.OfType<DisplayAttribute>().FirstOrDefault();

    /// <summary>A value a metadata provider put on the property (<see cref="DsfrMetadonnees"/>).</summary>
    protected T? Metadonnee<T>(string cle) where T : struct =>
        For.Metadata.AdditionalValues.TryGetValue(cle, out var v) && v is T t ? t : null;

    protected bool EstFacultatif => Optional ?? Metadonnee<bool>(DsfrMetadonnees.Facultatif) ?? false;

    protected string LabelText =>
        (Label ?? For.Metadata.DisplayName ?? Display?.GetName() ?? For.Name) + (EstFacultatif ? " (facultatif)" : "");

    protected string? HintText => Hint ?? For.Metadata.Description ?? Display?.GetDescription();

    /// <summary>The longest text the property accepts, as its validation attributes say.</summary>
    protected int? MaxLengthFromMetadata =>
        PropertyAttributes.OfType<StringLengthAttribute>().Select(a => (int?)a.MaximumLength).FirstOrDefault()
        ?? PropertyAttributes.OfType<MaxLengthAttribute>().Where(a => a.Length > 0).Select(a => (int?)a.Length).FirstOrDefault()
        ?? Metadonnee<int>(DsfrMetadonnees.LongueurMax);

    protected string DescribedBy => string.Join(' ', new[] { HintText is null ? null : HintId, Error is null ? null : ErrorId }.Where(x => x is not null));

    protected TagBuilder LabelTag(string cssClass = "fr-label")
    {
        var label = Dsfr.Text("label", cssClass, LabelText);
        label.Attributes["for"] = FieldId;
        if (HintText is { } hint) label.InnerHtml.AppendHtml(Dsfr.Text("span", "fr-hint-text", hint, HintId));
        return label;
    }

    protected IHtmlContent ErrorTag() =>
        Error is { } error ? Dsfr.Text("p", "fr-error-text", error, ErrorId) : HtmlString.Empty;

    /// <summary>The attributes a control shares: id, name, the hint and error it is described by, its error and disabled states.</summary>
    protected void Control(TagBuilder control)
    {
        control.Attributes["id"] = FieldId;
        control.Attributes["name"] = FieldName;
        if (DescribedBy.Length > 0) control.Attributes["aria-describedby"] = DescribedBy;
        if (Error is not null) control.Attributes["aria-invalid"] = "true";
        if (Disabled) control.Attributes["disabled"] = "disabled";
    }

    protected static void Set(TagBuilder tag, string name, string? value)
    {
        if (value is not null) tag.Attributes[name] = value;
    }

    /// <summary>Renders the field as <paramref name="group"/> holding <paramref name="children"/>, inside a
    /// fieldset element when the field sits directly in a <c>dsfr-fields</c>.</summary>
    protected static void Render(TagHelperContext context, TagHelperOutput output, TagBuilder group, params IHtmlContent[] children)
    {
        DsfrSlot.Claim(context, output);
        foreach (var child in children) group.InnerHtml.AppendHtml(child);
        Dsfr.Become(output, group);
    }
}
