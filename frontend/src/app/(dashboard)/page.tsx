import { HomeScreen } from "@/features/shell/components/home-screen";

export default function HomePage() {
  return <HomeScreen />;
}
