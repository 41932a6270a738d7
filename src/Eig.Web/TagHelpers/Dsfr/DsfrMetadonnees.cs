namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>What a form description can say about a field beyond its label and hint (which are the metadata's
/// display name and description): keys of <c>ModelMetadata.AdditionalValues</c>, set by a metadata provider (e.g.
/// AppelsAProjets/ChampsDossierMetadonnees, from the dossier's form description) and read by the DSFR fields when the
/// view does not give <c>optional</c>, <c>maxlength</c> or <c>rows</c>.</summary>
public static class DsfrMetadonnees
{
    /// <summary><c>bool</c>: the field may stay empty ("(facultatif)" after its label).</summary>
    public const string Facultatif = "dsfr:facultatif";
    /// <summary><c>int</c>: the <c>maxlength</c> of the input.</summary>
    public const string LongueurMax = "dsfr:longueur-max";
    /// <summary><c>int</c>: the rows of a textarea.</summary>
    public const string Lignes = "dsfr:lignes";
}
