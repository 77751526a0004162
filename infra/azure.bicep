// Azure resources for the bot (used by teamsapp.yml's arm/deploy): a Linux App Service running
// Node 20 and the Azure Bot registration with the Teams channel. Secrets arrive as secure parameters.
@maxLength(20)
@minLength(4)
@description('Used to name every resource.')
param resourceBaseName string

@description('The bot\'s Microsoft Entra app (client) id.')
param botEntraAppClientId string

@secure()
@description('The bot\'s Microsoft Entra app client secret.')
param botEntraAppClientSecret string

@description('The bot\'s tenant (single-tenant bot).')
param botTenantId string

@secure()
param azureOpenAiApiKey string = ''
param azureOpenAiEndpoint string = ''
param azureOpenAiDeployment string = ''

param webAppSKU string = 'B1'
param botDisplayName string = 'Internationellt arbete'
param location string = resourceGroup().location

resource serverfarm 'Microsoft.Web/serverfarms@2021-02-01' = {
  kind: 'app,linux'
  location: location
  name: resourceBaseName
  sku: {
    name: webAppSKU
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2021-02-01' = {
  kind: 'app,linux'
  location: location
  name: resourceBaseName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      ftpsState: 'FtpsOnly'
      appCommandLine: 'npm run bot'
      appSettings: [
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'BOT_ID', value: botEntraAppClientId }
        { name: 'BOT_PASSWORD', value: botEntraAppClientSecret }
        { name: 'BOT_TENANT_ID', value: botTenantId }
        { name: 'AZURE_OPENAI_API_KEY', value: azureOpenAiApiKey }
        { name: 'AZURE_OPENAI_ENDPOINT', value: azureOpenAiEndpoint }
        { name: 'AZURE_OPENAI_DEPLOYMENT', value: azureOpenAiDeployment }
      ]
    }
  }
}

module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botEntraAppClientId: botEntraAppClientId
    botTenantId: botTenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
  }
}

// Persisted in env/.env.<env> by Teams Toolkit.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
