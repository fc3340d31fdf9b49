using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrandContent.Changes;

public static class ChangeRegistration
{
    /// <summary>The listener; features register their <see cref="IChangeSubscriber"/>s.</summary>
    public static IHostApplicationBuilder AddBrandContentChanges(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChangeOptions>().BindConfiguration(ChangeOptions.Section);
        builder.Services.AddSingleton<ChangeListener>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ChangeListener>());
        return builder;
    }
}
