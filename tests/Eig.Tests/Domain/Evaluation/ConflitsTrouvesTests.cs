using Eig.Web.Evaluations;

namespace Eig.Tests.Domain.Evaluation;

public class ConflitsTrouvesTests
{
    [Fact]
    public void MemeDomaineQueLePorteur_EstSignale() =>
        Assert.Contains("même domaine", ConflitsTrouves.Motif("a.b@ademe.fr", null, "Agence de la transition écologique", ["porteur@ademe.fr"]));

    [Fact]
    public void DomaineQuiNommeLAdministration_EstSignale() =>
        Assert.Contains("interieur.gouv.fr", ConflitsTrouves.Motif("x@interieur.gouv.fr", "", "Ministère de l'Intérieur", ["p@autre.fr"]));

    [Fact]
    public void OrganisationDeclaree_EstSignalee_SansAccentsNiCasse() =>
        Assert.Contains("organisation déclarée", ConflitsTrouves.Motif("x@gmail.com", "ministere de l'interieur", "Ministère de l’Intérieur", []));

    [Theory]
    [InlineData("x@gmail.com", "", "Ministère de l'Intérieur", "porteur@gmail.com")]       // webmail: says nothing
    [InlineData("x@culture.gouv.fr", "Ministère de la Culture", "Ministère de l'Intérieur", "p@interieur.gouv.fr")]
    [InlineData("x@exemple.fr", "", "Préfecture du Nord", "p@exemple.fr")]                  // example addresses
    public void SansLien_RienNEstSignale(string email, string organisation, string administration, string porteur) =>
        Assert.Null(ConflitsTrouves.Motif(email, organisation, administration, [porteur]));
}
