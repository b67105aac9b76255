global using Microsoft.Extensions.DependencyInjection;
global using System.Net.Http.Json;
global using System.Net;
global using System.Text.Json;
global using Xunit;
global using Federation.Contracts.Identity;
global using Federation.Testing;
global using Microsoft.Extensions.Time.Testing;
