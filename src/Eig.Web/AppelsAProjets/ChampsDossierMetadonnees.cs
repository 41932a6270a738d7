using Eig.Web.TagHelpers.Dsfr;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Eig.Web.AppelsAProjets;

/// <summary>Put on an input model whose properties are fields of the dossier form (named as <see cref="ChampDossier.Nom"/>):
/// their labels, hints, optional marks, limits and rows then come from <see cref="FormulaireDossier"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ChampsDuDossierAttribute : Attribute;

/// <summary>Reads the dossier's form description into the metadata the DSFR fields read (display name,
/// description, <see cref="DsfrMetadonnees"/>), so that a step page writes <c>&lt;dsfr-input asp-for="Input.Titre" /&gt;</c>
/// and shows what the validation, the receipt PDF and the exports say about the field.</summary>
public sealed class ChampsDossierMetadonnees : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key is not { MetadataKind: ModelMetadataKind.Property, ContainerType: { } conteneur, Name: { } nom }
            || !Attribute.IsDefined(conteneur, typeof(ChampsDuDossierAttribute))
            || FormulaireDossier.Champs.FirstOrDefault(c => c.Nom == nom) is not { } champ)
            return;
        var m = context.DisplayMetadata;
        m.DisplayName = () => champ.Libelle;
        if (champ.Aide is { } aide) m.Description = () => aide;
        m.AdditionalValues[DsfrMetadonnees.Facultatif] = !champ.Requis;
        if (champ.LongueurSaisie is { } max) m.AdditionalValues[DsfrMetadonnees.LongueurMax] = max;
        if (champ.Lignes is { } lignes) m.AdditionalValues[DsfrMetadonnees.Lignes] = lignes;
    }
}
