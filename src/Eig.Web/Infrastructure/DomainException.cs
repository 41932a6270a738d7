namespace Eig.Web.Infrastructure;

/// <summary>A rule of the domain refused an action. The message is French and meant for the person who asked.</summary>
public class DomainException(string message) : Exception(message);
