namespace Eig.Web.Infrastructure;

/// <summary>A French message for one field of a form, from a check that does not know the page:
/// <paramref name="Champ"/> is relative to the form's input model (<c>Notes[0].Note</c>, <c>Jour</c>), and the page
/// puts it next to the field with <c>ModelState.AddModelError("Input." + Champ, Message)</c>.</summary>
public sealed record ErreurSaisie(string Champ, string Message);
