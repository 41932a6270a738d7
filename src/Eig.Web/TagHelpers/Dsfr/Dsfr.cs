using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>What the DSFR tag helpers share: building elements with <see cref="TagBuilder"/> (which encodes text and
/// attributes) and handing the result to Razor's output, keeping the classes and attributes the page added.</summary>
internal static class Dsfr
{
    public static TagBuilder Tag(string name, string? css = null, string? id = null)
    {
        var tag = new TagBuilder(name);
        if (!string.IsNullOrEmpty(css)) tag.Attributes["class"] = css;
        if (id is not null) tag.Attributes["id"] = id;
        return tag;
    }

    /// <summary>A tag with text content (encoded).</summary>
    public static TagBuilder Text(string name, string? css, string? text, string? id = null)
    {
        var tag = Tag(name, css, id);
        tag.InnerHtml.Append(text ?? "");
        return tag;
    }

    public static string Css(params string?[] classes) => string.Join(' ', classes.Where(c => !string.IsNullOrWhiteSpace(c)));

    /// <summary>Turns the helper's element into <paramref name="tag"/>: its name, attributes (the DSFR class first,
    /// then any class the page wrote on the helper) and content.</summary>
    public static void Become(TagHelperOutput output, TagBuilder tag)
    {
        var pageClass = output.Attributes.TryGetAttribute("class", out var c) ? c.Value?.ToString() : null;
        output.TagName = tag.TagName;
        output.TagMode = TagMode.StartTagAndEndTag;
        foreach (var (name, value) in tag.Attributes)
            output.Attributes.SetAttribute(name, value);
        var css = Css(tag.Attributes.TryGetValue("class", out var own) ? own : null, pageClass);
        if (css.Length > 0) output.Attributes.SetAttribute("class", css);
        if (tag.HasInnerHtml) output.Content.SetHtmlContent(tag.InnerHtml);
    }

    /// <summary>Sets the helper's DSFR class, before any class the page added, and keeps its content.</summary>
    public static void SetClass(TagHelperOutput output, string css)
    {
        var pageClass = output.Attributes.TryGetAttribute("class", out var c) ? c.Value?.ToString() : null;
        output.Attributes.SetAttribute("class", Css(css, pageClass));
    }
}

/// <summary>Groups whose direct children DSFR wraps: a button or tag group puts each in an <c>li</c>, a fieldset each
/// field in a <c>div.fr-fieldset__element</c>. The group opens the slot; the first DSFR helper below it claims it,
/// so that pages write <c>&lt;dsfr-buttons&gt;&lt;dsfr-button&gt;…</c> and never the wrappers.</summary>
internal static class DsfrSlot
{
    private static readonly object Key = new();
    public const string ListItem = "li";
    public const string FieldsetElement = "fieldset";
    public const string FieldsetElementInline = "fieldset-inline";

    public static void Open(TagHelperContext context, string slot) => context.Items[Key] = slot;

    /// <summary>The children of an element written by hand (an <c>li</c>, a fieldset element) are not wrapped again.</summary>
    public static void Close(TagHelperContext context) => context.Items[Key] = "";

    public static void Claim(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(Key, out var value) || value is not string slot || slot.Length == 0) return;
        Close(context);
        var wrapper = slot switch
        {
            ListItem => new TagBuilder("li"),
            FieldsetElementInline => Dsfr.Tag("div", "fr-fieldset__element fr-fieldset__element--inline"),
            _ => Dsfr.Tag("div", "fr-fieldset__element"),
        };
        output.PreElement.AppendHtml(wrapper.RenderStartTag());
        output.PostElement.AppendHtml(wrapper.RenderEndTag());
    }
}
