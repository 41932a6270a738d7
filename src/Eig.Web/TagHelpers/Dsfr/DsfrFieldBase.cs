using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>What every DSFR form field shares: its bound property, label, hint, and the server's error message
/// rendered next to it (fr-*-group--error, fr-error-text linked by aria-describedby).</summary>
public abstract class DsfrFieldBase : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = default!;
    [HtmlAttributeName("label")] public string? Label { get; set; }
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    /// <summary>Marks the label "(facultatif)". Forms say once that every other field is required.</summary>
    [HtmlAttributeName("optional")] public bool Optional { get; set; }
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

    protected string LabelText => (Label ?? For.Metadata.DisplayName ?? For.Name) + (Optional ? " (facultatif)" : "");

    protected string DescribedBy => string.Join(' ', new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.Where(x => x is not null));

    protected static string Enc(string? s) => Html.E(s);

    protected string LabelHtml(string cssClass = "fr-label") =>
        $"<label class=\"{cssClass}\" for=\"{FieldId}\">{Enc(LabelText)}" +
        (Hint is null ? "" : $"<span class=\"fr-hint-text\" id=\"{HintId}\">{Enc(Hint)}</span>") + "</label>";

    protected string ErrorHtml() =>
        Error is null ? "" : $"<p class=\"fr-error-text\" id=\"{ErrorId}\">{Enc(Error)}</p>";

    protected static void Replace(TagHelperOutput output, string tag, string css, string inner)
    {
        output.TagName = tag;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", css);
        output.Content.SetHtmlContent(new HtmlString(inner));
    }

    protected static string Attr(string name, string? value) => value is null ? "" : $" {name}=\"{Enc(value)}\"";
}
