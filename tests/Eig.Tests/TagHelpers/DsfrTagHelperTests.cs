using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Eig.Web.TagHelpers.Dsfr;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;

namespace Eig.Tests.TagHelpers;

/// <summary>The DSFR tag helpers render DSFR's markup, and a field in error is marked and described as DSFR asks.</summary>
public class DsfrTagHelperTests
{
    public class Formulaire
    {
        public string? Email { get; set; }
        public string? Profil { get; set; }
        public List<string> Themes { get; set; } = [];
        public bool Consentement { get; set; }
    }

    private static readonly IModelMetadataProvider Metadata = new EmptyModelMetadataProvider();

    private static ViewContext Context(Formulaire model, ModelStateDictionary? state = null)
    {
        var viewData = new ViewDataDictionary<Formulaire>(Metadata, state ?? new ModelStateDictionary()) { Model = model };
        viewData.TemplateInfo.HtmlFieldPrefix = "Input";
        var action = new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor(), viewData.ModelState);
        return new ViewContext { ViewData = viewData, HttpContext = action.HttpContext, RouteData = action.RouteData, ActionDescriptor = action.ActionDescriptor };
    }

    private static ModelExpression For(Formulaire model, string name, object? value) =>
        new(name, new ModelExplorer(Metadata, Metadata.GetMetadataForProperty(typeof(Formulaire), name), value));

    private static async Task<IElement> Render(TagHelper helper, string tag, string childContent = "")
    {
        var context = new TagHelperContext(tag, [], new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(tag, [], (_, _) =>
        {
            var content = new DefaultTagHelperContent();
            content.SetHtmlContent(childContent);
            return Task.FromResult<TagHelperContent>(content);
        });
        await helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var doc = new HtmlParser().ParseDocument($"<body>{writer}</body>");
        return doc.Body!.FirstElementChild!;
    }

    [Fact]
    public async Task Input_WithoutError_IsAPlainDsfrInputGroup()
    {
        var model = new Formulaire { Email = "ada@exemple.fr" };
        var el = await Render(new DsfrInputTagHelper { For = For(model, "Email", model.Email), ViewContext = Context(model), Label = "Adresse", Hint = "nom@domaine.fr", Type = "email" }, "dsfr-input");

        Assert.Equal("fr-input-group", el.ClassName);
        var input = el.QuerySelector("input.fr-input")!;
        Assert.Equal("Input_Email", input.Id);
        Assert.Equal("Input.Email", input.GetAttribute("name"));
        Assert.Equal("ada@exemple.fr", input.GetAttribute("value"));
        Assert.Equal("Input_Email-aide", input.GetAttribute("aria-describedby"));
        Assert.Equal("Input_Email", el.QuerySelector("label.fr-label")!.GetAttribute("for"));
        Assert.Contains("nom@domaine.fr", el.QuerySelector(".fr-hint-text")!.TextContent);
        Assert.Null(el.QuerySelector(".fr-error-text"));
    }

    [Fact]
    public async Task Input_InError_KeepsTheTypedValue_AndLinksTheMessage()
    {
        var model = new Formulaire();
        var state = new ModelStateDictionary();
        state.SetModelValue("Input.Email", "pas<une>adresse", "pas<une>adresse");
        state.AddModelError("Input.Email", "Saisissez une adresse valide.");
        var el = await Render(new DsfrInputTagHelper { For = For(model, "Email", null), ViewContext = Context(model, state), Label = "Adresse" }, "dsfr-input");

        Assert.Contains("fr-input-group--error", el.ClassName);
        var input = el.QuerySelector("input")!;
        Assert.Contains("fr-input--error", input.ClassName);
        Assert.Equal("pas<une>adresse", input.GetAttribute("value"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("Input_Email-erreur", input.GetAttribute("aria-describedby"));
        Assert.Equal("Saisissez une adresse valide.", el.QuerySelector("#Input_Email-erreur.fr-error-text")!.TextContent);
    }

    [Fact]
    public async Task Radios_AreAFieldset_WithTheCheckedValue_AndTheErrorInTheMessagesGroup()
    {
        var model = new Formulaire { Profil = "cto" };
        var state = new ModelStateDictionary();
        state.AddModelError("Input.Profil", "Choisissez un profil.");
        var items = new[] { new SelectListItem("Directeur·rice de produit", "cpo"), new SelectListItem("Directeur·rice technique", "cto") };
        var el = await Render(new DsfrRadiosTagHelper { For = For(model, "Profil", model.Profil), ViewContext = Context(model, state), Items = items, Legend = "Profil" }, "dsfr-radios");

        Assert.Equal("fieldset", el.LocalName);
        Assert.Contains("fr-fieldset--error", el.ClassName);
        Assert.Equal("Input_Profil-legende Input_Profil-messages", el.GetAttribute("aria-labelledby"));
        var radios = el.QuerySelectorAll("input[type=radio]");
        Assert.Equal(2, radios.Length);
        Assert.False(radios[0].HasAttribute("checked"));
        Assert.True(radios[1].HasAttribute("checked"));
        Assert.Equal("Choisissez un profil.", el.QuerySelector("#Input_Profil-messages .fr-message--error")!.TextContent);
    }

    [Fact]
    public async Task Checkboxes_CheckWhatTheListHolds()
    {
        var model = new Formulaire { Themes = ["sante"] };
        var items = new[] { new SelectListItem("Santé", "sante"), new SelectListItem("Emploi", "emploi") };
        var el = await Render(new DsfrCheckboxesTagHelper { For = For(model, "Themes", model.Themes), ViewContext = Context(model), Items = items, Legend = "Thèmes" }, "dsfr-checkboxes");

        var boxes = el.QuerySelectorAll("input[type=checkbox][name='Input.Themes']");
        Assert.True(boxes[0].HasAttribute("checked"));
        Assert.False(boxes[1].HasAttribute("checked"));
    }

    [Fact]
    public async Task Checkbox_PostsFalseWhenUnchecked()
    {
        var model = new Formulaire();
        var el = await Render(new DsfrCheckboxTagHelper { For = For(model, "Consentement", false), ViewContext = Context(model), Label = "J'accepte" }, "dsfr-checkbox");

        Assert.Equal("fr-checkbox-group", el.ClassName);
        Assert.Equal("true", el.QuerySelector("input[type=checkbox]")!.GetAttribute("value"));
        Assert.Equal("false", el.QuerySelector("input[type=hidden][name='Input.Consentement']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Select_MarksTheCurrentOption()
    {
        var model = new Formulaire { Profil = "cto" };
        var items = new[] { new SelectListItem("CPO", "cpo"), new SelectListItem("CTO", "cto") };
        var el = await Render(new DsfrSelectTagHelper { For = For(model, "Profil", model.Profil), ViewContext = Context(model), Items = items, Label = "Profil" }, "dsfr-select");

        Assert.Equal("fr-select-group", el.ClassName);
        Assert.Equal("cto", el.QuerySelector("option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Pagination_LinksNeighbours_AndMarksTheCurrentPage()
    {
        var el = await Render(new DsfrPaginationTagHelper { Page = 3, TotalPages = 9, UrlFormat = "/defis?theme=sante&page={0}" }, "dsfr-pagination");

        Assert.Equal("nav", el.LocalName);
        Assert.Equal("3", el.QuerySelector("[aria-current=page]")!.TextContent);
        Assert.Equal("/defis?theme=sante&page=2", el.QuerySelector(".fr-pagination__link--prev")!.GetAttribute("href"));
        Assert.Equal("/defis?theme=sante&page=9", el.QuerySelector(".fr-pagination__link--last")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Pagination_OnASinglePage_RendersNothing()
    {
        var context = new TagHelperContext("dsfr-pagination", [], new Dictionary<object, object>(), "x");
        var output = new TagHelperOutput("dsfr-pagination", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        new DsfrPaginationTagHelper { Page = 1, TotalPages = 1 }.Process(context, output);
        Assert.Null(output.TagName);
    }

    [Fact]
    public async Task Stepper_SaysStepNOfN()
    {
        var el = await Render(new DsfrStepperTagHelper { Current = 2, Total = 5, Title = "Le problème", NextTitle = "L'équipe" }, "dsfr-stepper");

        Assert.Equal("fr-stepper", el.ClassName);
        Assert.Equal("Étape 2 sur 5", el.QuerySelector(".fr-stepper__state")!.TextContent);
        Assert.Equal("2", el.QuerySelector(".fr-stepper__steps")!.GetAttribute("data-fr-current-step"));
        Assert.Contains("L'équipe", el.QuerySelector(".fr-stepper__details")!.TextContent);
    }

    [Fact]
    public async Task Alert_OfTypeError_IsAnnounced_AndEncodesItsTitle()
    {
        var el = await Render(new DsfrAlertTagHelper { Type = "error", Title = "<b>Échec</b>" }, "dsfr-alert", "Réessayez.");

        Assert.Equal("fr-alert fr-alert--error", el.ClassName);
        Assert.Equal("alert", el.GetAttribute("role"));
        Assert.Equal("<b>Échec</b>", el.QuerySelector("h2.fr-alert__title")!.TextContent);
        Assert.Equal("Réessayez.", el.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public async Task Card_WithLink_IsAnEnlargedLink()
    {
        var el = await Render(new DsfrCardTagHelper { Title = "Signalements", Href = "/defis/signalements", Desc = "Un service", Badge = "Promotion 7" }, "dsfr-card");

        Assert.Equal("fr-card fr-enlarge-link", el.ClassName);
        Assert.Equal("/defis/signalements", el.QuerySelector("h3.fr-card__title a")!.GetAttribute("href"));
        Assert.Equal("Promotion 7", el.QuerySelector(".fr-badge")!.TextContent);
    }

    [Fact]
    public async Task Button_WithHref_IsALink_OtherwiseASubmitButton()
    {
        var link = await Render(new DsfrButtonTagHelper { Href = "/postuler", Kind = "secondary" }, "dsfr-button", "Postuler");
        var button = await Render(new DsfrButtonTagHelper(), "dsfr-button", "Envoyer");

        Assert.Equal("a", link.LocalName);
        Assert.Equal("fr-btn fr-btn--secondary", link.ClassName);
        Assert.Equal("button", button.LocalName);
        Assert.Equal("submit", button.GetAttribute("type"));
    }
}
