using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Eig.Web.TagHelpers.Dsfr;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;

namespace Eig.Tests.TagHelpers;

/// <summary>The DSFR components added for pages that wrote them by hand: groups wrap their children as DSFR asks
/// (list items, fieldset elements), fieldsets carry their legend, hint and error, and fields read their label,
/// hint and length limit from the input model.</summary>
public class DsfrComponentTests
{
    public class Formulaire
    {
        [Display(Name = "Titre du projet", Description = "Une phrase courte")]
        [StringLength(200)]
        public string? Titre { get; set; }

        [MaxLength(4000)]
        public string? Probleme { get; set; }

        public string? Creneau { get; set; }
        public List<string> Roles { get; set; } = [];
    }

    private static readonly IModelMetadataProvider Metadata = new EmptyModelMetadataProvider();

    private static ViewContext View(ModelStateDictionary? state = null)
    {
        var viewData = new ViewDataDictionary<Formulaire>(Metadata, state ?? new ModelStateDictionary()) { Model = new Formulaire() };
        viewData.TemplateInfo.HtmlFieldPrefix = "Input";
        var action = new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor(), viewData.ModelState);
        return new ViewContext { ViewData = viewData, HttpContext = action.HttpContext, RouteData = action.RouteData, ActionDescriptor = action.ActionDescriptor };
    }

    private static ModelExpression For(string name, object? value) =>
        new(name, new ModelExplorer(Metadata, Metadata.GetMetadataForProperty(typeof(Formulaire), name), value));

    private delegate Task<string> Child(IDictionary<object, object> items);

    /// <summary>Runs a helper as Razor does: its children run after it, with a copy of its items, and their
    /// output is its content unless it set one.</summary>
    private static async Task<string> Run(TagHelper helper, string tag, IDictionary<object, object> items, TagHelperAttributeList? attributes, params Child[] children)
    {
        var context = new TagHelperContext(tag, [], items, Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(tag, attributes ?? [], async (_, _) =>
        {
            var html = new StringBuilder();
            foreach (var child in children) html.Append(await child(new Dictionary<object, object>(context.Items)));
            var content = new DefaultTagHelperContent();
            content.SetHtmlContent(html.ToString());
            return content;
        });
        await helper.ProcessAsync(context, output);
        if (!output.IsContentModified) output.Content.SetHtmlContent(await output.GetChildContentAsync());
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private static Child Helper(TagHelper helper, string tag, params Child[] children) => items => Run(helper, tag, items, null, children);
    private static Child Text(string html) => _ => Task.FromResult(html);

    private static async Task<IElement> Render(TagHelper helper, string tag, TagHelperAttributeList? attributes = null, params Child[] children)
    {
        var html = await Run(helper, tag, new Dictionary<object, object>(), attributes, children);
        return new HtmlParser().ParseDocument($"<body>{html}</body>").Body!.FirstElementChild!;
    }

    [Fact]
    public async Task Buttons_PutEachButtonInAListItem_AndKeepThePageClass()
    {
        var el = await Render(new DsfrButtonsTagHelper { Inline = "md" }, "dsfr-buttons", [new TagHelperAttribute("class", "fr-mt-2w")],
            Helper(new DsfrButtonTagHelper(), "dsfr-button", Text("Enregistrer")),
            Helper(new DsfrButtonTagHelper { Kind = "secondary", Href = "/annuler" }, "dsfr-button", Text("Annuler")));

        Assert.Equal("ul", el.LocalName);
        Assert.Equal("fr-btns-group fr-btns-group--inline-md fr-mt-2w", el.ClassName);
        var items = el.Children;
        Assert.Equal(2, items.Length);
        Assert.All(items, li => Assert.Equal("li", li.LocalName));
        Assert.Equal("button", items[0].FirstElementChild!.LocalName);
        Assert.Equal("fr-btn fr-btn--secondary", items[1].QuerySelector("a")!.ClassName);
        Assert.Equal("/annuler", items[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Buttons_AnItemWrittenByHand_IsNotWrappedTwice()
    {
        var el = await Render(new DsfrButtonsTagHelper { Inline = "always", Align = "right" }, "dsfr-buttons", null,
            Helper(new DsfrListItemTagHelper(), "li", Text("<form method=\"post\">"), Helper(new DsfrButtonTagHelper(), "dsfr-button", Text("Publier")), Text("</form>")));

        Assert.Equal("fr-btns-group fr-btns-group--inline fr-btns-group--right", el.ClassName);
        Assert.Single(el.QuerySelectorAll("li"));
        Assert.NotNull(el.QuerySelector("li > form > button.fr-btn"));
    }

    [Fact]
    public async Task Button_OutsideAGroup_IsNotAListItem_AndAnIconWithoutPositionStaysBare()
    {
        var el = await Render(new DsfrButtonTagHelper { Href = "/compte", Icon = "fr-icon-account-circle-line", IconPosition = "" }, "dsfr-button", null, Text("Mon compte"));

        Assert.Equal("a", el.LocalName);
        Assert.Equal("fr-btn fr-icon-account-circle-line", el.ClassName);
    }

    [Fact]
    public async Task Tags_PutEachTagInAListItem()
    {
        var el = await Render(new DsfrTagsTagHelper { Small = true }, "dsfr-tags", null,
            Helper(new DsfrTagTagHelper { Href = "/actualites", Current = true }, "dsfr-tag", Text("Toutes")),
            Helper(new DsfrTagTagHelper(), "dsfr-tag", Text("Santé")));

        Assert.Equal("fr-tags-group fr-tags-group--sm", el.ClassName);
        Assert.Equal(2, el.QuerySelectorAll("li > .fr-tag").Length);
        Assert.Equal("page", el.QuerySelector("li > a.fr-tag")!.GetAttribute("aria-current"));
        Assert.Equal("Santé", el.QuerySelector("li > p.fr-tag")!.TextContent);
    }

    [Fact]
    public async Task Callout_HasItsTitleTextAndActions()
    {
        var el = await Render(new DsfrCalloutTagHelper { Title = "Vous êtes une administration", HeadingLevel = 2, Text = "L'appel est ouvert.", Color = "blue-ecume" },
            "dsfr-mise-en-avant", null, Helper(new DsfrButtonTagHelper { Href = "/participer" }, "dsfr-button", Text("Proposer un projet")));

        Assert.Equal("fr-callout fr-callout--blue-ecume", el.ClassName);
        Assert.Equal("Vous êtes une administration", el.QuerySelector("h2.fr-callout__title")!.TextContent);
        Assert.Equal("L'appel est ouvert.", el.QuerySelector("p.fr-callout__text")!.TextContent);
        Assert.Equal("/participer", el.QuerySelector("a.fr-btn")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Callout_AsASection_IsLabelledByItsTitle_AndTakesBlockText()
    {
        var el = await Render(new DsfrCalloutTagHelper { Title = "L'appel n'est pas ouvert", HeadingLevel = 2, TitleId = "attente", Element = "section" },
            "dsfr-mise-en-avant", null, Helper(new DsfrCalloutTextTagHelper { Block = true }, "dsfr-mise-en-avant-texte", Text("<p>Revenez en mars.</p>")));

        Assert.Equal("section", el.LocalName);
        Assert.Equal("attente", el.GetAttribute("aria-labelledby"));
        Assert.Equal("attente", el.QuerySelector(".fr-callout__title")!.Id);
        Assert.Equal("Revenez en mars.", el.QuerySelector("div.fr-callout__text > p")!.TextContent);
    }

    [Fact]
    public async Task Link_WithIcon_IsADsfrIconLink_AndKeepsDownload()
    {
        var el = await Render(new DsfrLinkTagHelper { Href = "/cv", Icon = "fr-icon-download-line" }, "dsfr-link",
            [new TagHelperAttribute("download")], Text("Télécharger le CV"));
        var right = await Render(new DsfrLinkTagHelper { Href = "/defis", Icon = "fr-icon-arrow-right-line", IconPosition = "right" }, "dsfr-link", null, Text("Tous les défis"));

        Assert.Equal("a", el.LocalName);
        Assert.Equal("fr-link fr-icon-download-line fr-link--icon-left", el.ClassName);
        Assert.True(el.HasAttribute("download"));
        Assert.Equal("fr-link fr-icon-arrow-right-line fr-link--icon-right", right.ClassName);
    }

    [Fact]
    public async Task Accordion_ButtonControlsItsCollapse()
    {
        var el = await Render(new DsfrAccordionsTagHelper(), "dsfr-accordions", null,
            Helper(new DsfrAccordionTagHelper { Title = "Qui peut candidater ?", Id = "faq-1" }, "dsfr-accordion", Text("<p>Toute personne.</p>")),
            Helper(new DsfrAccordionTagHelper { Title = "Quand ?", HeadingLevel = 4 }, "dsfr-accordion", Text("<p>En mars.</p>")));

        Assert.Equal("fr-accordions-group", el.ClassName);
        var sections = el.QuerySelectorAll("section.fr-accordion");
        Assert.Equal(2, sections.Length);
        var button = sections[0].QuerySelector("h3.fr-accordion__title > button.fr-accordion__btn")!;
        Assert.Equal("false", button.GetAttribute("aria-expanded"));
        Assert.Equal("faq-1", button.GetAttribute("aria-controls"));
        Assert.Equal("Toute personne.", sections[0].QuerySelector("#faq-1.fr-collapse")!.TextContent);
        var second = sections[1].QuerySelector("h4 button")!.GetAttribute("aria-controls")!;
        Assert.NotEqual("faq-1", second);
        Assert.NotNull(sections[1].QuerySelector($"[id='{second}'].fr-collapse"));
    }

    [Fact]
    public async Task Fieldset_WrapsEachField_AndIsLabelledByItsLegendAndMessages()
    {
        var view = View();
        var el = await Render(new DsfrFieldsetTagHelper { Id = "identite", Legend = "Identité", Hint = "Telle qu'elle figure sur vos papiers", ViewContext = view }, "dsfr-fields", null,
            Helper(new DsfrInputTagHelper { For = For("Titre", null), ViewContext = view }, "dsfr-input"),
            Helper(new DsfrFieldsetElementTagHelper(), "dsfr-fields-item", Helper(new DsfrInputTagHelper { For = For("Creneau", null), ViewContext = view, Label = "Créneau" }, "dsfr-input"), Text("<p>Un lien</p>")),
            Helper(new DsfrButtonTagHelper(), "dsfr-button", Text("Envoyer")));

        Assert.Equal("fieldset", el.LocalName);
        Assert.Equal("fr-fieldset", el.ClassName);
        Assert.Equal("identite-legende identite-messages", el.GetAttribute("aria-labelledby"));
        var legend = el.QuerySelector("legend#identite-legende.fr-fieldset__legend")!;
        Assert.StartsWith("Identité", legend.TextContent);
        Assert.Equal("Telle qu'elle figure sur vos papiers", legend.QuerySelector(".fr-hint-text")!.TextContent);
        var elements = el.QuerySelectorAll(":scope > .fr-fieldset__element");
        Assert.Equal(3, elements.Length);
        Assert.NotNull(elements[0].QuerySelector(":scope > .fr-input-group #Input_Titre"));
        Assert.NotNull(elements[1].QuerySelector(":scope > .fr-input-group #Input_Creneau"));
        Assert.NotNull(elements[1].QuerySelector(":scope > p"));
        Assert.Empty(elements[1].QuerySelectorAll(".fr-fieldset__element"));
        Assert.NotNull(elements[2].QuerySelector(":scope > button.fr-btn"));
        Assert.NotNull(el.QuerySelector(":scope > #identite-messages.fr-messages-group[aria-live=polite]"));
    }

    [Fact]
    public async Task Fieldset_InError_ShowsTheGroupsMessage()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Input.Roles", "Choisissez au moins un rôle.");
        var view = View(state);
        var el = await Render(new DsfrFieldsetTagHelper { For = For("Roles", null), Legend = "Rôles", LegendSrOnly = true, Inline = true, ViewContext = view }, "dsfr-fields", null,
            Helper(new DsfrCheckboxTagHelper { For = For("Titre", null), ViewContext = view, Label = "Staff" }, "dsfr-checkbox"));

        Assert.Equal("fr-fieldset fr-fieldset--error", el.ClassName);
        Assert.Equal("Input_Roles", el.Id);
        Assert.Contains("fr-sr-only", el.QuerySelector("legend")!.ClassName);
        Assert.NotNull(el.QuerySelector(".fr-fieldset__element.fr-fieldset__element--inline > .fr-checkbox-group"));
        Assert.Equal("Choisissez au moins un rôle.", el.QuerySelector("#Input_Roles-messages > .fr-message--error")!.TextContent);
    }

    [Fact]
    public async Task Fieldset_WithHeadingLevel_PutsTheLegendInAHeading()
    {
        var el = await Render(new DsfrFieldsetTagHelper { Id = "identite", Legend = "Identité et coordonnées", HeadingLevel = 2, HeadingClass = "fr-h4 fr-mb-0", ViewContext = View() }, "dsfr-fields");

        Assert.Equal("Identité et coordonnées", el.QuerySelector("legend > h2.fr-h4.fr-mb-0")!.TextContent);
    }

    [Fact]
    public async Task Radios_WithHints_DescribeEachOption()
    {
        var items = new SelectListItem[]
        {
            new DsfrOption("Mardi 3 mars, 10 h", "a", "Visioconférence"),
            new DsfrOption("Mercredi 4 mars, 14 h", "b", "20 avenue de Ségur, Paris"),
            new SelectListItem("Aucun ne me convient", "c"),
        };
        var el = await Render(new DsfrRadiosTagHelper { For = For("Creneau", "b"), ViewContext = View(), Items = items, Legend = "Choisissez un créneau" }, "dsfr-radios");

        var radios = el.QuerySelectorAll("input[type=radio][name='Input.Creneau']");
        Assert.Equal(3, radios.Length);
        Assert.True(radios[1].HasAttribute("checked"));
        Assert.Equal("Input_Creneau-0-aide", radios[0].GetAttribute("aria-describedby"));
        Assert.Equal("Visioconférence", el.QuerySelector("label[for=Input_Creneau-0] > #Input_Creneau-0-aide.fr-hint-text")!.TextContent);
        Assert.Null(el.QuerySelector("label[for=Input_Creneau-2] .fr-hint-text"));
        Assert.False(radios[2].HasAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Checkboxes_WithHints_AndAnError_AreAFieldsetInError()
    {
        var state = new ModelStateDictionary();
        state.SetModelValue("Input.Roles", new[] { "jury" }, "jury");
        state.AddModelError("Input.Roles", "Un évaluateur ne peut pas être jury.");
        var items = new SelectListItem[] { new DsfrOption("Évaluation", "evaluation", "Lit et note les dossiers"), new DsfrOption("Jury", "jury", "Décide en session") };
        var el = await Render(new DsfrCheckboxesTagHelper { For = For("Roles", new List<string>()), ViewContext = View(state), Items = items, Inline = true }, "dsfr-checkboxes");

        Assert.Equal("fieldset", el.LocalName);
        Assert.Contains("fr-fieldset--error", el.ClassName);
        Assert.Equal("Input_Roles-legende Input_Roles-messages", el.GetAttribute("aria-labelledby"));
        var boxes = el.QuerySelectorAll(".fr-fieldset__element--inline .fr-checkbox-group input[type=checkbox]");
        Assert.Equal(2, boxes.Length);
        Assert.False(boxes[0].HasAttribute("checked"));
        Assert.True(boxes[1].HasAttribute("checked"));
        Assert.Equal("Décide en session", el.QuerySelector("label[for=Input_Roles-1] .fr-hint-text")!.TextContent);
        Assert.Equal("Un évaluateur ne peut pas être jury.", el.QuerySelector("#Input_Roles-messages #Input_Roles-erreur")!.TextContent);
    }

    [Fact]
    public async Task Input_ReadsLabelHintAndMaxLength_FromTheInputModel()
    {
        var el = await Render(new DsfrInputTagHelper { For = For("Titre", null), ViewContext = View() }, "dsfr-input");

        var label = el.QuerySelector("label[for=Input_Titre]")!;
        Assert.StartsWith("Titre du projet", label.TextContent);
        Assert.Equal("Une phrase courte", label.QuerySelector("#Input_Titre-aide.fr-hint-text")!.TextContent);
        var input = el.QuerySelector("input#Input_Titre")!;
        Assert.Equal("200", input.GetAttribute("maxlength"));
        Assert.Equal("Input_Titre-aide", input.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Textarea_ReadsMaxLength_AndThePageMayStillOverrideLabelAndLimit()
    {
        var fromModel = await Render(new DsfrTextareaTagHelper { For = For("Probleme", null), ViewContext = View() }, "dsfr-textarea");
        var overridden = await Render(new DsfrTextareaTagHelper { For = For("Titre", null), ViewContext = View(), Label = "Intitulé", Hint = "Court", MaxLength = 80 }, "dsfr-textarea");

        Assert.Equal("4000", fromModel.QuerySelector("textarea")!.GetAttribute("maxlength"));
        Assert.StartsWith("Probleme", fromModel.QuerySelector("label")!.TextContent);
        Assert.Equal("80", overridden.QuerySelector("textarea")!.GetAttribute("maxlength"));
        Assert.StartsWith("Intitulé", overridden.QuerySelector("label")!.TextContent);
        Assert.Equal("Court", overridden.QuerySelector(".fr-hint-text")!.TextContent);
    }

    [Fact]
    public async Task Input_WithoutLimit_HasNoMaxLength()
    {
        var el = await Render(new DsfrInputTagHelper { For = For("Creneau", null), ViewContext = View() }, "dsfr-input");

        Assert.False(el.QuerySelector("input")!.HasAttribute("maxlength"));
        Assert.Null(el.QuerySelector(".fr-hint-text"));
        Assert.False(el.QuerySelector("input")!.HasAttribute("aria-describedby"));
    }
}
