using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages;

public static class PageModelExtensions
{
    /// <summary>A form that failed validation is shown again, with what was typed, under status 400.</summary>
    public static PageResult FormError(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }
}
