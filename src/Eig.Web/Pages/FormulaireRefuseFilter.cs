using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages;

/// <summary>The one way a page answers a form it cannot accept, registered for every page:
/// <list type="bullet">
/// <item>a handler that re-renders its page with errors in ModelState answers 400, so handlers just
/// <c>return Page();</c>;</item>
/// <item>a refused domain move (<see cref="DomainException"/>) or a concurrency conflict
/// (<see cref="DbUpdateConcurrencyException"/>) escaping a POST handler becomes the French message at the top of the
/// form (the error summary, or next to the field a handler names with <see cref="RefusSurLeChampAttribute"/>) and
/// a 400 re-render of what was typed, so handlers do not catch them one by one.</item>
/// </list>
/// Nothing was saved in either case: the exception interrupted the unit of work before or during SaveChanges, and an
/// open transaction is rolled back when it is disposed.</summary>
public sealed class FormulaireRefuseFilter : IAsyncPageFilter
{
    public const string Conflit = "Ces informations ont été modifiées par quelqu'un d'autre pendant que vous les consultiez. Rechargez la page pour voir la dernière version, puis recommencez.";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            return;
        if (executed is { Exception: DomainException or DbUpdateConcurrencyException, ExceptionHandled: false }
            && executed.HandlerInstance is PageModel)
        {
            var champ = context.HandlerMethod?.MethodInfo.GetCustomAttributes(typeof(RefusSurLeChampAttribute), false)
                .OfType<RefusSurLeChampAttribute>().FirstOrDefault()?.Champ ?? "";
            context.ModelState.AddModelError(champ, executed.Exception is DomainException d ? d.Message : Conflit);
            executed.ExceptionHandled = true;
            executed.Result = new PageResult();
        }
        if (executed.Result is PageResult page && !context.ModelState.IsValid && http.Response.StatusCode == StatusCodes.Status200OK)
            page.StatusCode = StatusCodes.Status400BadRequest;
    }
}

/// <summary>On a POST handler: a refused domain move is shown next to this field (e.g. "Input.Decision") rather than
/// at the top of the form.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RefusSurLeChampAttribute(string champ) : Attribute
{
    public string Champ { get; } = champ;
}
