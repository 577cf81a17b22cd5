export {
  RoomHub,
  MAX_ANSWER_BYTES,
  HUB_MESSAGES,
  type RoomHubOptions,
  type RoomListener,
} from './room-hub.js';
