using Federation.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Mail;

public static class MailRegistration
{
    /// <summary>
    /// Mail from this service: <c>Mail:*</c> validated at start, the <see cref="OutgoingMail"/> rows of
    /// <typeparamref name="TDbContext"/> stamped and signalled on commit, and their sender. Queue mail with
    /// <see cref="MailDbContextExtensions.QueueMail"/> in the change that causes it.
    /// </summary>
    public static IHostApplicationBuilder AddMail<TDbContext>(this IHostApplicationBuilder builder)
        where TDbContext : DbContext, IMailDbContext
    {
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateOnStart();
        // Every problem at once, each named by its setting (Validate(...) would give one message for all).
        builder.Services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidation>();
        // AddServiceDefaults registers the clock too; a host without the defaults gets the system's.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddQueuedRows<OutgoingMail>();
        builder.Services.ConfigureDbContext<TDbContext>((sp, o) =>
            o.AddInterceptors(sp.GetRequiredService<QueuedRowsInterceptor<OutgoingMail>>()));
        builder.Services.AddScoped<IMailDbContext>(sp => sp.GetRequiredService<TDbContext>());
        builder.Services.AddHostedService<MailSender<TDbContext>>();
        return builder;
    }

    private sealed class MailOptionsValidation : IValidateOptions<MailOptions>
    {
        public ValidateOptionsResult Validate(string? name, MailOptions options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
