using Eig.Tests.Support;
using Eig.Web.Comptes;

namespace Eig.Tests.TagHelpers;

/// <summary>The groups rendered through Razor: each button or tag of a group is one list item, an item written by
/// hand (a form) is not wrapped again — also when the item sits in an <c>@if</c> block — and fields directly in a
/// fieldset are its elements.</summary>
public class DsfrPagesTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Header_Anonymous_ToolLinksAreOneButtonPerItem()
    {
        using var client = factory.NewClient();

        var doc = await EigWebFactory.GetDocumentAsync(client, "/");

        var group = doc.QuerySelector(".fr-header__tools-links > ul.fr-btns-group")!;
        var items = group.Children;
        Assert.Equal(3, items.Length);
        Assert.All(items, li => Assert.Equal("LI", li.TagName));
        Assert.Equal("fr-btn fr-icon-account-circle-line", group.QuerySelector("a[href='/compte/connexion']")!.ClassName);
        Assert.Equal("parametres-affichage", group.QuerySelector("li > button[type=button].fr-btn.fr-icon-theme-fill")!.GetAttribute("aria-controls"));
    }

    [Fact]
    public async Task Header_SignedIn_TheLogoutFormIsOneItem()
    {
        var user = await factory.CreateUserAsync(Roles.Candidat);
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, user);

        var doc = await EigWebFactory.GetDocumentAsync(client, "/compte");

        var group = doc.QuerySelector(".fr-header__tools-links > ul.fr-btns-group")!;
        Assert.Empty(group.QuerySelectorAll("li li"));
        Assert.NotNull(group.QuerySelector(":scope > li > form[action='/compte/deconnexion'] > button[type=submit].fr-btn.fr-icon-logout-box-r-line"));
        Assert.NotNull(group.QuerySelector(":scope > li > a.fr-btn[href='/compte']"));
        Assert.NotNull(doc.QuerySelector("main ul.fr-tags-group > li > p.fr-tag"));
    }

    [Fact]
    public async Task Home_CalloutsHaveTitleTextAndButton()
    {
        using var client = factory.NewClient();

        var doc = await EigWebFactory.GetDocumentAsync(client, "/");

        var callouts = doc.QuerySelectorAll("main div.fr-callout");
        Assert.Equal(2, callouts.Length);
        Assert.All(callouts, c =>
        {
            Assert.NotNull(c.QuerySelector(":scope > h2.fr-callout__title"));
            Assert.NotNull(c.QuerySelector(":scope > p.fr-callout__text"));
            Assert.NotNull(c.QuerySelector(":scope > a.fr-btn"));
        });
    }

    [Fact]
    public async Task Login_FieldsAreElementsOfTheFieldset()
    {
        using var client = factory.NewClient();

        var doc = await EigWebFactory.GetDocumentAsync(client, "/compte/connexion");

        var fieldset = doc.QuerySelector("main fieldset#connexion.fr-fieldset")!;
        Assert.Equal("connexion-legende connexion-messages", fieldset.GetAttribute("aria-labelledby"));
        var elements = fieldset.QuerySelectorAll(":scope > .fr-fieldset__element");
        Assert.Equal(4, elements.Length);
        Assert.NotNull(elements[0].QuerySelector(":scope > .fr-input-group input[type=email]"));
        Assert.NotNull(elements[1].QuerySelector(":scope > .fr-input-group input[type=password]"));
        Assert.NotNull(elements[1].QuerySelector(":scope > p a[href='/compte/mot-de-passe-oublie']"));
        Assert.NotNull(elements[2].QuerySelector(":scope > .fr-checkbox-group"));
        Assert.NotNull(elements[3].QuerySelector(":scope > button.fr-btn"));
        Assert.Empty(fieldset.QuerySelectorAll(".fr-fieldset__element .fr-fieldset__element"));
    }

    [Fact]
    public async Task Faq_QuestionsAreAccordions()
    {
        using var client = factory.NewClient();

        var doc = await EigWebFactory.GetDocumentAsync(client, "/faq");

        var buttons = doc.QuerySelectorAll("main .fr-accordions-group > section.fr-accordion > h3.fr-accordion__title > button.fr-accordion__btn");
        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.NotNull(doc.GetElementById(b.GetAttribute("aria-controls")!)));
    }
}
