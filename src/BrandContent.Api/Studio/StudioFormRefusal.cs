using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace BrandContent.Api.Studio;

/// <summary>
/// A form the studio cannot accept (no or a forged anti-forgery token, an expired one, or a body the form reader
/// refuses, such as a NUL character) gets a page saying so, not an empty 400. Nothing of the form is used.
/// </summary>
public sealed class StudioFormRefusal : IAlwaysRunResultFilter
{
    public const string View = "/Studio/Pages/Shared/FormRefused.cshtml";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.Result = new ViewResult { ViewName = View, StatusCode = StatusCodes.Status400BadRequest };
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
