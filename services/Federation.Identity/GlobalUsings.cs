// The namespaces most files of this project use, stated once.
global using Federation.Contracts.Identity;
global using Federation.Identity.Signing;
global using Federation.Identity.Users;
global using Federation.ServiceDefaults.Hosting;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Identity;
global using Microsoft.Extensions.Options;
global using System.Security.Claims;
global using Federation.ServiceDefaults.Http;
global using Federation.ServiceDefaults.Steps;
global using Microsoft.EntityFrameworkCore;
