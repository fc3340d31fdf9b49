using BrandContent.Access;
using BrandContent.Api.Studio.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BrandContent.Api.Studio;

/// <summary>A page anyone may open (sign-in, the language switch).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StudioAnonymousAttribute : Attribute;

/// <summary>
/// A page that writes: only roles holding <see cref="Permission"/> may open it (others get the 403 page); the API
/// refuses their writes anyway, this keeps them from a form they cannot send.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StudioRequiresAttribute(Permission permission) : Attribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>Every studio page: signed in (else to sign-in, coming back after), and the page's permission held.</summary>
public sealed class StudioAccessFilter : IAsyncPageFilter
{
    public const string ForbiddenView = "/Studio/Pages/Shared/Forbidden.cshtml";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ModelTypeInfo ?? context.ActionDescriptor.PageTypeInfo;
        if (page.IsDefined(typeof(StudioAnonymousAttribute), inherit: true))
        {
            return next();
        }

        var http = context.HttpContext;
        if (http.StudioUser() is not { } user)
        {
            var back = http.Request.Path + http.Request.QueryString;
            context.Result = new RedirectResult($"{StudioRoutes.SignIn}?returnUrl={Uri.EscapeDataString(StudioRoutes.LocalOrOverview(back))}");
            return Task.CompletedTask;
        }

        if (page.GetCustomAttributes(typeof(StudioRequiresAttribute), inherit: true).OfType<StudioRequiresAttribute>()
            .Any(required => !user.Can(required.Permission)))
        {
            context.Result = new ViewResult { ViewName = ForbiddenView, StatusCode = StatusCodes.Status403Forbidden };
            return Task.CompletedTask;
        }

        return next();
    }
}
