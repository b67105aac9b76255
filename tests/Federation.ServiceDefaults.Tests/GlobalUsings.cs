global using Federation.ServiceDefaults.Mail;
global using Federation.Testing;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Xunit;
