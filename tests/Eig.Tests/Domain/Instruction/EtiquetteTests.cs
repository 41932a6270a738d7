using Eig.Web.Infrastructure;
using Eig.Web.Instruction;

namespace Eig.Tests.Domain.Instruction;

public class EtiquetteTests
{
    [Fact]
    public void Creer_NomEtCouleurDuDsfr()
    {
        var e = Etiquette.Creer("  Prioritaire ", "green-menthe", DateTime.UtcNow);
        Assert.Equal("Prioritaire", e.Nom);
        Assert.Equal("green-menthe", e.Couleur);
    }

    [Theory]
    [InlineData("", "green-menthe", "Donnez un nom à l'étiquette.")]
    [InlineData("Urgent", "red", "Choisissez une couleur dans la liste.")]
    [InlineData("Urgent", null, "Choisissez une couleur dans la liste.")]
    public void Creer_Refuse(string nom, string? couleur, string message) =>
        Assert.Equal(message, Assert.Throws<DomainException>(() => Etiquette.Creer(nom, couleur, DateTime.UtcNow)).Message);

    [Fact]
    public void Creer_NomTropLong_Refuse() =>
        Assert.Contains("40 caractères", Assert.Throws<DomainException>(() => Etiquette.Creer(new string('a', 41), "blue-ecume", DateTime.UtcNow)).Message);

    [Fact]
    public void Couleurs_SontLesDixSeptCouleursIllustrativesDuDsfr()
    {
        Assert.Equal(17, CouleursEtiquette.Toutes.Count);
        Assert.Equal(CouleursEtiquette.Toutes.Count, CouleursEtiquette.Toutes.Select(c => c.Cle).Distinct().Count());
        Assert.True(CouleursEtiquette.Existe(CouleursEtiquette.ParDefaut));
    }

    [Fact]
    public void Annotation_Vide_OuTropLongue_Refusee()
    {
        var c = Cible.Dossier(Guid.NewGuid());
        Assert.Equal("Écrivez la note.", Assert.Throws<DomainException>(() => Annotation.Ecrire(c, Guid.NewGuid(), "A", "  ", DateTime.UtcNow)).Message);
        Assert.Throws<DomainException>(() => Annotation.Ecrire(c, Guid.NewGuid(), "A", new string('x', Annotation.LongueurTexte + 1), DateTime.UtcNow));
        var a = Annotation.Ecrire(Cible.Candidature(c.Id), Guid.NewGuid(), "A", " Note ", DateTime.UtcNow);
        Assert.Equal(("Note", null, c.Id), (a.Texte, a.DossierId, a.CandidatureId));
    }
}
