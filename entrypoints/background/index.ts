import '@/lib/schemas/zod-setup';
import { browser } from 'wxt/browser';
import { routeMessage } from './router';
import { registerTabLifecycle } from './tab-lifecycle';
import { enableSidePanelOnAction } from './side-panel';
import { registerEnterpriseLifecycle } from './enterprise';
import { registerBulkLifecycle } from './bulk';
import { registerCacheUpkeep } from './cache-upkeep';
import { registerRoleSubscriptions } from './role-subscriptions';
import { secureStorage } from './secure-storage';
import { registerSessionUpkeep } from './session-upkeep';
import { registerRetention } from './retention';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender, browser.runtime.id));
  secureStorage();
  registerTabLifecycle();
  enableSidePanelOnAction();
  registerEnterpriseLifecycle();
  registerBulkLifecycle();
  registerCacheUpkeep();
  registerRoleSubscriptions();
  registerSessionUpkeep();
  registerRetention();
});
