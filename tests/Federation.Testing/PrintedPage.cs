using Federation.Members;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Testing;

/// <summary>A service's printable page rendered to its HTML without a host, with the services' own encoder.</summary>
public static class PrintedPage
{
    public static async Task<string> RenderAsync<TPage>(MemberList members, string parameter, object value) where TPage : IComponent
    {
        await using var provider = new ServiceCollection().AddLogging().AddSingleton(members)
            .AddWebEncoders(PrintablePages.Encoding).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var page = await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(new Dictionary<string, object?> { [parameter] = value }));
            return page.ToHtmlString();
        });
    }
}
